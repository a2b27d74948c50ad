/** Error answers as RFC 9457 problem+json, naming the field and the rule that was broken. */
package org.strategytracker.platform.web;
