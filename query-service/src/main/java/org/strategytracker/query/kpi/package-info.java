/** How KPIs move: values by observed date with corrections, and whether a KPI is on track. */
package org.strategytracker.query.kpi;
