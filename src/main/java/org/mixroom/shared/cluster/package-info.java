/**
 * News for every node: when several Mixroom nodes share one PostgreSQL database, the events listed in
 * {@link org.mixroom.shared.cluster.CrossNodeEventTypes} travel to the other nodes through LISTEN/NOTIFY and
 * are published there as {@link org.mixroom.shared.cluster.CrossNodeEvent}. On H2 (one node) nothing leaves
 * the JVM.
 */
package org.mixroom.shared.cluster;
