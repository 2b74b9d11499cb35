/**
 * "Answers everywhere": what every country and US state of the world map gets for one query, so the resolver
 * pane can colour the catchments of latency, geolocation and geoproximity records at a glance.
 */
package dev.failoverstudio.domain.catchment;
