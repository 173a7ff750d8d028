// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/store/migrations.h"

namespace OpsDeck::Store {

namespace {

// Version 1: the inventory mirror, one table per NetBox kind, named and typed
// as OpsDeck::Domain::allKinds() describes (a test keeps the two in step).
const char *const kInventoryV1[] = {
    "CREATE TABLE tags (id %ID%, name TEXT NOT NULL, slug TEXT, color TEXT, description TEXT, last_updated TEXT)",
    "CREATE TABLE tenants (id %ID%, name TEXT NOT NULL, slug TEXT, group_id %BIGINT%, description TEXT, tags TEXT,"
    " custom_fields TEXT, last_updated TEXT)",
    "CREATE TABLE regions (id %ID%, name TEXT NOT NULL, slug TEXT, parent_id %BIGINT%, description TEXT,"
    " last_updated TEXT)",
    "CREATE TABLE sites (id %ID%, name TEXT NOT NULL, slug TEXT, status TEXT, region_id %BIGINT%,"
    " tenant_id %BIGINT%, facility TEXT, time_zone TEXT, physical_address TEXT, latitude DOUBLE PRECISION,"
    " longitude DOUBLE PRECISION, description TEXT, tags TEXT, custom_fields TEXT, last_updated TEXT)",
    "CREATE TABLE locations (id %ID%, name TEXT NOT NULL, slug TEXT, site_id %BIGINT% NOT NULL,"
    " parent_id %BIGINT%, status TEXT, tenant_id %BIGINT%, description TEXT, tags TEXT, last_updated TEXT)",
    "CREATE TABLE manufacturers (id %ID%, name TEXT NOT NULL, slug TEXT, description TEXT, last_updated TEXT)",
    "CREATE TABLE device_types (id %ID%, manufacturer_id %BIGINT% NOT NULL, model TEXT NOT NULL, slug TEXT,"
    " part_number TEXT, u_height DOUBLE PRECISION, is_full_depth BOOLEAN, airflow TEXT, weight DOUBLE PRECISION,"
    " weight_unit TEXT, subdevice_role TEXT, front_image TEXT, rear_image TEXT, description TEXT, tags TEXT,"
    " last_updated TEXT)",
    "CREATE TABLE device_roles (id %ID%, name TEXT NOT NULL, slug TEXT, color TEXT, vm_role BOOLEAN,"
    " description TEXT, last_updated TEXT)",
    "CREATE TABLE platforms (id %ID%, name TEXT NOT NULL, slug TEXT, manufacturer_id %BIGINT%, description TEXT,"
    " last_updated TEXT)",
    "CREATE TABLE racks (id %ID%, name TEXT NOT NULL, facility_id TEXT, site_id %BIGINT% NOT NULL,"
    " location_id %BIGINT%, tenant_id %BIGINT%, status TEXT, role_id %BIGINT%, serial TEXT, asset_tag TEXT,"
    " form_factor TEXT, width %BIGINT%, u_height %BIGINT%, starting_unit %BIGINT%, desc_units BOOLEAN,"
    " outer_width %BIGINT%, outer_depth %BIGINT%, outer_unit TEXT, mounting_depth %BIGINT%,"
    " max_weight DOUBLE PRECISION, weight_unit TEXT, airflow TEXT, description TEXT, tags TEXT,"
    " custom_fields TEXT, last_updated TEXT)",
    "CREATE TABLE rack_reservations (id %ID%, rack_id %BIGINT% NOT NULL, units TEXT, status TEXT,"
    " tenant_id %BIGINT%, user_name TEXT, description TEXT, last_updated TEXT)",
    "CREATE TABLE devices (id %ID%, name TEXT, device_type_id %BIGINT% NOT NULL, role_id %BIGINT% NOT NULL,"
    " tenant_id %BIGINT%, platform_id %BIGINT%, serial TEXT, asset_tag TEXT, site_id %BIGINT% NOT NULL,"
    " location_id %BIGINT%, rack_id %BIGINT%, position DOUBLE PRECISION, face TEXT, parent_device_id %BIGINT%,"
    " device_bay TEXT, status TEXT, airflow TEXT, primary_ip4_id %BIGINT%, primary_ip6_id %BIGINT%,"
    " oob_ip_id %BIGINT%, virtual_chassis_id %BIGINT%, description TEXT, tags TEXT, custom_fields TEXT,"
    " last_updated TEXT)",
    "CREATE TABLE modules (id %ID%, device_id %BIGINT% NOT NULL, module_bay_id %BIGINT%, module_bay_name TEXT,"
    " module_type_id %BIGINT%, module_type_model TEXT, status TEXT, serial TEXT, asset_tag TEXT,"
    " description TEXT, last_updated TEXT)",
    "CREATE TABLE interfaces (id %ID%, device_id %BIGINT% NOT NULL, module_id %BIGINT%, name TEXT NOT NULL,"
    " label TEXT, type TEXT, enabled BOOLEAN, parent_id %BIGINT%, lag_id %BIGINT%, mtu %BIGINT%,"
    " mac_address TEXT, speed %BIGINT%, duplex TEXT, mgmt_only BOOLEAN, mode TEXT, untagged_vlan_id %BIGINT%,"
    " cable_id %BIGINT%, cable_end TEXT, mark_connected BOOLEAN, description TEXT, last_updated TEXT)",
    "CREATE TABLE front_ports (id %ID%, device_id %BIGINT% NOT NULL, module_id %BIGINT%, name TEXT NOT NULL,"
    " label TEXT, type TEXT, color TEXT, rear_port_id %BIGINT%, rear_port_position %BIGINT%, cable_id %BIGINT%,"
    " description TEXT, last_updated TEXT)",
    "CREATE TABLE rear_ports (id %ID%, device_id %BIGINT% NOT NULL, module_id %BIGINT%, name TEXT NOT NULL,"
    " label TEXT, type TEXT, color TEXT, positions %BIGINT%, cable_id %BIGINT%, description TEXT,"
    " last_updated TEXT)",
    "CREATE TABLE console_ports (id %ID%, device_id %BIGINT% NOT NULL, module_id %BIGINT%, name TEXT NOT NULL,"
    " label TEXT, type TEXT, speed %BIGINT%, cable_id %BIGINT%, description TEXT, last_updated TEXT)",
    "CREATE TABLE power_panels (id %ID%, site_id %BIGINT% NOT NULL, location_id %BIGINT%, name TEXT NOT NULL,"
    " description TEXT, last_updated TEXT)",
    "CREATE TABLE power_feeds (id %ID%, power_panel_id %BIGINT% NOT NULL, rack_id %BIGINT%, name TEXT NOT NULL,"
    " status TEXT, type TEXT, supply TEXT, phase TEXT, voltage DOUBLE PRECISION, amperage DOUBLE PRECISION,"
    " max_utilization %BIGINT%, cable_id %BIGINT%, description TEXT, last_updated TEXT)",
    "CREATE TABLE power_ports (id %ID%, device_id %BIGINT% NOT NULL, module_id %BIGINT%, name TEXT NOT NULL,"
    " label TEXT, type TEXT, maximum_draw %BIGINT%, allocated_draw %BIGINT%, cable_id %BIGINT%,"
    " description TEXT, last_updated TEXT)",
    "CREATE TABLE power_outlets (id %ID%, device_id %BIGINT% NOT NULL, module_id %BIGINT%, name TEXT NOT NULL,"
    " label TEXT, type TEXT, power_port_id %BIGINT%, feed_leg TEXT, cable_id %BIGINT%, description TEXT,"
    " last_updated TEXT)",
    "CREATE TABLE vlans (id %ID%, site_id %BIGINT%, group_id %BIGINT%, vid %BIGINT%, name TEXT NOT NULL,"
    " tenant_id %BIGINT%, status TEXT, role_id %BIGINT%, description TEXT, tags TEXT, last_updated TEXT)",
    "CREATE TABLE prefixes (id %ID%, prefix TEXT NOT NULL, vrf_id %BIGINT%, scope_type TEXT, scope_id %BIGINT%,"
    " tenant_id %BIGINT%, vlan_id %BIGINT%, status TEXT, role_id %BIGINT%, is_pool BOOLEAN, description TEXT,"
    " tags TEXT, last_updated TEXT)",
    "CREATE TABLE ip_addresses (id %ID%, address TEXT NOT NULL, vrf_id %BIGINT%, tenant_id %BIGINT%,"
    " status TEXT, role TEXT, assigned_object_type TEXT, assigned_object_id %BIGINT%, dns_name TEXT,"
    " description TEXT, tags TEXT, last_updated TEXT)",
    "CREATE TABLE providers (id %ID%, name TEXT NOT NULL, slug TEXT, description TEXT, last_updated TEXT)",
    "CREATE TABLE circuits (id %ID%, cid TEXT NOT NULL, provider_id %BIGINT% NOT NULL, type_name TEXT,"
    " status TEXT, tenant_id %BIGINT%, commit_rate %BIGINT%, description TEXT, tags TEXT, last_updated TEXT)",
    "CREATE TABLE circuit_terminations (id %ID%, circuit_id %BIGINT% NOT NULL, term_side TEXT,"
    " termination_type TEXT, termination_id %BIGINT%, port_speed %BIGINT%, xconnect_id TEXT, pp_info TEXT,"
    " cable_id %BIGINT%, description TEXT, last_updated TEXT)",
    "CREATE TABLE cables (id %ID%, type TEXT, status TEXT, tenant_id %BIGINT%, label TEXT, color TEXT,"
    " length DOUBLE PRECISION, length_unit TEXT, description TEXT, tags TEXT, last_updated TEXT)",
    "CREATE TABLE cable_terminations (cable_id %BIGINT% NOT NULL, cable_end TEXT NOT NULL,"
    " object_type TEXT NOT NULL, object_id %BIGINT% NOT NULL)",
    "CREATE INDEX cable_terminations_cable ON cable_terminations (cable_id)",
};

// Version 2: indexes for the views' queries.
const char *const kIndexesV2[] = {
    "CREATE INDEX devices_rack ON devices (rack_id, position)",
    "CREATE INDEX devices_site ON devices (site_id)",
    "CREATE INDEX devices_parent ON devices (parent_device_id)",
    "CREATE INDEX racks_site ON racks (site_id, location_id)",
    "CREATE INDEX locations_site ON locations (site_id)",
    "CREATE INDEX interfaces_device ON interfaces (device_id)",
    "CREATE INDEX interfaces_cable ON interfaces (cable_id)",
    "CREATE INDEX ip_addresses_assigned ON ip_addresses (assigned_object_type, assigned_object_id)",
    "CREATE INDEX cable_terminations_object ON cable_terminations (object_type, object_id)",
    "CREATE INDEX front_ports_device ON front_ports (device_id)",
    "CREATE INDEX rear_ports_device ON rear_ports (device_id)",
    "CREATE INDEX power_ports_device ON power_ports (device_id)",
    "CREATE INDEX power_outlets_device ON power_outlets (device_id)",
    "CREATE INDEX console_ports_device ON console_ports (device_id)",
};

// Version 3: case-insensitive search keys and the sync watermarks.
const char *const kSearchAndSyncV3[] = {
    "CREATE INDEX devices_name_ci ON devices (lower(name))",
    "CREATE INDEX devices_serial ON devices (serial)",
    "CREATE INDEX devices_asset_tag ON devices (asset_tag)",
    "CREATE INDEX ip_addresses_address ON ip_addresses (address)",
    "CREATE TABLE sync_state (source TEXT NOT NULL, endpoint TEXT NOT NULL, watermark TEXT,"
    " last_change_id %BIGINT%, synced_at TEXT, PRIMARY KEY (source, endpoint))",
};

// Version 5: the optical domain read from Ciena MCP (ids are MCP's strings;
// device_id is the matched NetBox device, NULL when unmatched) and the state
// of a PRTG import (one row per PRTG device or sensor).
const char *const kMcpAndPrtgV5[] = {
    "CREATE TABLE mcp_network_elements (id TEXT PRIMARY KEY, name TEXT, ip_address TEXT, mac_address TEXT,"
    " serial TEXT, type_group TEXT, resource_type TEXT, device_version TEXT, software_version TEXT,"
    " device_id %BIGINT%, match_method TEXT)",
    "CREATE TABLE mcp_equipment (id TEXT PRIMARY KEY, ne_id TEXT NOT NULL, category TEXT, name TEXT,"
    " native_name TEXT, state TEXT, card_type TEXT, serial TEXT, part_number TEXT, manufacturer TEXT, shelf TEXT,"
    " slot TEXT, subslot TEXT)",
    "CREATE TABLE mcp_tpes (id TEXT PRIMARY KEY, ne_id TEXT NOT NULL, native_name TEXT, structure_type TEXT,"
    " state TEXT, shelf TEXT, slot TEXT, port TEXT)",
    "CREATE TABLE mcp_fres (id TEXT PRIMARY KEY, name TEXT, layer_rate TEXT, service_class TEXT, fre_type TEXT,"
    " operation_state TEXT, a_tpe_id TEXT, z_tpe_id TEXT)",
    "CREATE TABLE mcp_alarms (id TEXT PRIMARY KEY, ne_id TEXT, device_id %BIGINT%, device_name TEXT,"
    " ip_address TEXT, resource TEXT, condition_type TEXT, severity TEXT, state TEXT, service_affecting BOOLEAN,"
    " acknowledged BOOLEAN, first_raised TEXT, last_raised TEXT, additional_text TEXT, occurrences %BIGINT%)",
    "CREATE INDEX mcp_equipment_ne ON mcp_equipment (ne_id)",
    "CREATE INDEX mcp_tpes_ne ON mcp_tpes (ne_id)",
    "CREATE INDEX mcp_alarms_device ON mcp_alarms (device_id)",
    "CREATE TABLE prtg_import_state (prtg_object_id %BIGINT% NOT NULL, kind TEXT NOT NULL, device_id %BIGINT%,"
    " definition TEXT, status TEXT, reason TEXT, imported_at TEXT, PRIMARY KEY (prtg_object_id, kind))",
};

// Version 4: the service's durable job queue, its steps, approvals and
// attempts, the hash-chained audit log and versioned device config backups.
const char *const kJobsV4[] = {
    "CREATE TABLE jobs (id TEXT PRIMARY KEY, seq %BIGINT% NOT NULL UNIQUE, kind TEXT NOT NULL, state TEXT NOT NULL,"
    " priority INTEGER NOT NULL, idempotency_key TEXT NOT NULL UNIQUE, requester TEXT NOT NULL, intent TEXT,"
    " targets TEXT, params TEXT, required_approvals INTEGER NOT NULL, result TEXT, error TEXT,"
    " progress INTEGER NOT NULL, attempts INTEGER NOT NULL, audit_seq %BIGINT%, created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL, started_at TEXT, finished_at TEXT)",
    "CREATE INDEX jobs_state ON jobs (state, priority, seq)",
    "CREATE TABLE job_approvals (job_id TEXT NOT NULL, approver TEXT NOT NULL, approved_at TEXT NOT NULL,"
    " PRIMARY KEY (job_id, approver))",
    "CREATE TABLE job_attempts (job_id TEXT NOT NULL, attempt INTEGER NOT NULL, started_at TEXT NOT NULL,"
    " PRIMARY KEY (job_id, attempt))",
    "CREATE TABLE job_steps (job_id TEXT NOT NULL, step_no INTEGER NOT NULL, name TEXT NOT NULL,"
    " state TEXT NOT NULL, undoable BOOLEAN NOT NULL, output TEXT, diff TEXT, error TEXT, started_at TEXT,"
    " finished_at TEXT, PRIMARY KEY (job_id, step_no))",
    "CREATE TABLE audit_log (seq %BIGINT% PRIMARY KEY, at TEXT NOT NULL, job_id TEXT, actor TEXT NOT NULL,"
    " event TEXT NOT NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
    "CREATE TABLE config_backups (device TEXT NOT NULL, version INTEGER NOT NULL, job_id TEXT,"
    " taken_at TEXT NOT NULL, sha256 TEXT NOT NULL, content TEXT NOT NULL, diff TEXT NOT NULL,"
    " PRIMARY KEY (device, version))",
};

// Version 6: events received by the service (SNMP notifications), stored
// against the device they came from.
const char *const kDeviceEventsV6[] = {
    "CREATE TABLE device_events (id %ID%, received_at TEXT NOT NULL, device_id %BIGINT%, device_name TEXT,"
    " source TEXT NOT NULL, kind TEXT NOT NULL, name TEXT, oid TEXT, summary TEXT, data TEXT)",
    "CREATE INDEX device_events_device ON device_events (device_id, id)",
};

// Version 7: optical PM thresholds as MCP reports them (per metric series
// of the metric store) and network element matches made by hand, which a
// sync keeps over its automatic matching.
const char *const kMcpThresholdsAndManualMatchesV7[] = {
    "CREATE TABLE mcp_pm_thresholds (device TEXT NOT NULL, object TEXT NOT NULL, metric TEXT NOT NULL,"
    " level TEXT NOT NULL, value DOUBLE PRECISION NOT NULL, PRIMARY KEY (device, object, metric, level))",
    "CREATE TABLE mcp_manual_matches (ne_id TEXT PRIMARY KEY, device_id %BIGINT% NOT NULL, matched_at TEXT)",
};

// Version 8: polled interfaces (SNMP ifIndex) matched to NetBox interfaces,
// and the console's NetBox edits waiting to be pushed (kept across restarts).
const char *const kInterfaceMatchesAndPendingEditsV8[] = {
    "CREATE TABLE interface_matches (device_id %BIGINT% NOT NULL, if_index %BIGINT% NOT NULL,"
    " interface_id %BIGINT% NOT NULL, matched_by TEXT NOT NULL, matched_at TEXT, PRIMARY KEY (device_id, if_index))",
    "CREATE INDEX interface_matches_interface ON interface_matches (interface_id)",
    "CREATE TABLE netbox_pending_edits (seq %BIGINT% PRIMARY KEY, edit_type TEXT NOT NULL, kind TEXT NOT NULL,"
    " object_id %BIGINT% NOT NULL, fields TEXT NOT NULL, state TEXT NOT NULL, error TEXT, detail TEXT,"
    " created_at TEXT)",
};

// Version 9: the optical Rx/Tx power sensors (ENTITY-MIB index) found for a
// matched interface.
const char *const kInterfaceMatchSensorsV9[] = {
    "ALTER TABLE interface_matches ADD COLUMN rx_sensor %BIGINT%",
    "ALTER TABLE interface_matches ADD COLUMN tx_sensor %BIGINT%",
};

// Version 10: PostgreSQL gives device events their ids as SQLite always did
// (an INTEGER PRIMARY KEY is the rowid there).
const char *const kDeviceEventIdsV10[] = {
    "%POSTGRES% CREATE SEQUENCE IF NOT EXISTS device_events_id_seq OWNED BY device_events.id",
    "%POSTGRES% SELECT setval('device_events_id_seq', COALESCE((SELECT MAX(id) FROM device_events), 0) + 1, false)",
    "%POSTGRES% ALTER TABLE device_events ALTER COLUMN id SET DEFAULT nextval('device_events_id_seq')",
};

// Version 11: the alarm engine's alarms (with acknowledgement, shelve and
// root-cause grouping), their full history and operators' maintenance
// windows. Ids are handed out by the service, the one writer.
const char *const kAlarmsV11[] = {
    "CREATE TABLE alarms (id %BIGINT% PRIMARY KEY, alarm_key TEXT NOT NULL, rule_id TEXT NOT NULL,"
    " kind TEXT NOT NULL, severity TEXT NOT NULL, device TEXT, object TEXT, metric TEXT, summary TEXT,"
    " state TEXT NOT NULL, first_raised TEXT NOT NULL, last_raised TEXT NOT NULL, last_seen TEXT NOT NULL,"
    " cleared_at TEXT, raise_count INTEGER NOT NULL, value DOUBLE PRECISION, acknowledged BOOLEAN NOT NULL,"
    " ack_by TEXT, ack_comment TEXT, ack_at TEXT, shelved_until TEXT, shelved_by TEXT, shelve_comment TEXT,"
    " in_maintenance BOOLEAN NOT NULL, flapping BOOLEAN NOT NULL, root_cause_id %BIGINT%, symptoms INTEGER,"
    " notified BOOLEAN NOT NULL)",
    "CREATE INDEX alarms_state ON alarms (state, id)",
    "CREATE INDEX alarms_key ON alarms (alarm_key)",
    "CREATE TABLE alarm_events (seq %BIGINT% PRIMARY KEY, alarm_id %BIGINT% NOT NULL, at TEXT NOT NULL,"
    " event TEXT NOT NULL, severity TEXT, value DOUBLE PRECISION, actor TEXT, detail TEXT, notify BOOLEAN NOT NULL)",
    "CREATE INDEX alarm_events_alarm ON alarm_events (alarm_id, seq)",
    "CREATE TABLE alarm_maintenance (id TEXT PRIMARY KEY, device TEXT, site TEXT, role TEXT, tag TEXT,"
    " starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, comment TEXT, created_by TEXT)",
};

// Version 12: the notification outbox: every accepted message, the deliveries (one per
// channel and group window) that carry them, and the messages of each
// delivery. Times are milliseconds since the epoch (UTC).
const char *const kNotificationOutboxV12[] = {
    "CREATE TABLE notify_messages (id TEXT PRIMARY KEY, group_key TEXT NOT NULL, severity TEXT NOT NULL,"
    " created_ms %BIGINT% NOT NULL, accepted_ms %BIGINT% NOT NULL, data TEXT NOT NULL)",
    "CREATE TABLE notify_outbox (id TEXT PRIMARY KEY, channel TEXT NOT NULL, group_key TEXT NOT NULL,"
    " state TEXT NOT NULL, severity TEXT NOT NULL, message_count INTEGER NOT NULL, window_end_ms %BIGINT% NOT NULL,"
    " next_attempt_ms %BIGINT% NOT NULL, attempts INTEGER NOT NULL, last_error TEXT, last_attempt_ms %BIGINT%,"
    " created_ms %BIGINT% NOT NULL, delivered_ms %BIGINT%)",
    "CREATE INDEX notify_outbox_due ON notify_outbox (state, next_attempt_ms)",
    "CREATE INDEX notify_outbox_group ON notify_outbox (channel, group_key, window_end_ms)",
    "CREATE TABLE notify_outbox_messages (outbox_id TEXT NOT NULL, message_id TEXT NOT NULL,"
    " position INTEGER NOT NULL, PRIMARY KEY (outbox_id, message_id))",
};

// Version 13: the change ticket a job was submitted under (empty for the
// jobs stored before it).
const char *const kJobTicketV13[] = {
    "ALTER TABLE jobs ADD COLUMN ticket TEXT NOT NULL DEFAULT ''",
};

template<size_t N> QStringList toList(const char *const (&statements)[N])
{
    QStringList out;
    for (const char *s : statements)
        out << QString::fromLatin1(s);
    return out;
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1, QStringLiteral("inventory mirror"), toList(kInventoryV1)},
        {2, QStringLiteral("indexes for views"), toList(kIndexesV2)},
        {3, QStringLiteral("search keys and sync watermarks"), toList(kSearchAndSyncV3)},
        {4, QStringLiteral("job queue, audit log and config backups"), toList(kJobsV4)},
        {5, QStringLiteral("optical domain and PRTG import"), toList(kMcpAndPrtgV5)},
        {6, QStringLiteral("device events"), toList(kDeviceEventsV6)},
        {7, QStringLiteral("optical PM thresholds and manual matches"), toList(kMcpThresholdsAndManualMatchesV7)},
        {8, QStringLiteral("interface matches and pending NetBox edits"), toList(kInterfaceMatchesAndPendingEditsV8)},
        {9, QStringLiteral("optical sensors of interface matches"), toList(kInterfaceMatchSensorsV9)},
        {10, QStringLiteral("device event ids on PostgreSQL"), toList(kDeviceEventIdsV10)},
        {11, QStringLiteral("alarms, alarm history and maintenance windows"), toList(kAlarmsV11)},
        {12, QStringLiteral("notification outbox"), toList(kNotificationOutboxV12)},
        {13, QStringLiteral("ticket reference of jobs"), toList(kJobTicketV13)},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

QString renderStatement(const QString &statement, Dialect dialect)
{
    QString s = statement;
    const QLatin1String postgresOnly("%POSTGRES% ");
    if (s.startsWith(postgresOnly)) {
        if (dialect != Dialect::Postgres)
            return {};
        s.remove(0, postgresOnly.size());
    }
    if (dialect == Dialect::Sqlite) {
        // INTEGER PRIMARY KEY makes the id the rowid: no second index.
        s.replace(QLatin1String("%ID%"), QLatin1String("INTEGER PRIMARY KEY"));
        s.replace(QLatin1String("%BIGINT%"), QLatin1String("INTEGER"));
    } else {
        s.replace(QLatin1String("%ID%"), QLatin1String("BIGINT PRIMARY KEY"));
        s.replace(QLatin1String("%BIGINT%"), QLatin1String("BIGINT"));
    }
    return s;
}

} // namespace OpsDeck::Store
