/** The German web interface: static pages served from the jar, the login page and "who am I". */
package org.strategytracker.web;
