// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/alarms/alarmtablemodel.h"

#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QFont>
#include <QLocale>

#include "models/alarms/alarmstyle.h"
#include "models/session/alarms/alarmsession.h"

namespace OpsDeck::Models {

namespace {

constexpr int kFlushIntervalMs = 250;

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QLocale locale;
    if (at.date() == QDate::currentDate())
        return locale.toString(at.time(), QLocale::ShortFormat);
    return locale.toString(at, QLocale::ShortFormat);
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

int AlarmCounts::total() const
{
    int sum = 0;
    for (int n : bySeverity)
        sum += n;
    return sum;
}

AlarmTableModel::AlarmTableModel(AlarmSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    m_flushTimer.setInterval(kFlushIntervalMs);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &AlarmTableModel::flush);
    if (!session)
        return;
    connect(session, &AlarmSession::alarmsReset, this, [this] {
        m_resetPending = true;
        m_pending.clear();
        m_flushTimer.start();
    });
    connect(session, &AlarmSession::alarmChanged, this, [this](const Alarms::Alarm &a) { schedule(a.id); });
    connect(session, &AlarmSession::alarmRemoved, this, &AlarmTableModel::schedule);
    rebuild();
}

AlarmTableModel::~AlarmTableModel() = default;

void AlarmTableModel::schedule(qint64 id)
{
    m_pending.insert(id);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void AlarmTableModel::setGrouped(bool grouped)
{
    if (m_grouped == grouped)
        return;
    m_grouped = grouped;
    flush();
    rebuild();
}

void AlarmTableModel::setDevices(const QHash<QString, AlarmDeviceInfo> &devices)
{
    m_devices = devices;
    if (!m_alarms.isEmpty())
        rebuild(); // every row's site, role and id may change
    emit devicesChanged();
}

QStringList AlarmTableModel::sites() const
{
    QSet<QString> names;
    for (const AlarmDeviceInfo &d : m_devices) {
        if (!d.site.isEmpty())
            names.insert(d.site);
    }
    QStringList out(names.cbegin(), names.cend());
    out.sort(Qt::CaseInsensitive);
    return out;
}

QStringList AlarmTableModel::roles() const
{
    QSet<QString> names;
    for (const AlarmDeviceInfo &d : m_devices) {
        if (!d.role.isEmpty())
            names.insert(d.role);
    }
    QStringList out(names.cbegin(), names.cend());
    out.sort(Qt::CaseInsensitive);
    return out;
}

void AlarmTableModel::flush()
{
    m_flushTimer.stop();
    if (!m_session)
        return;
    if (m_resetPending) {
        m_resetPending = false;
        m_pending.clear();
        rebuild();
        return;
    }
    const QSet<qint64> pending = std::exchange(m_pending, {});
    QList<qint64> ids(pending.cbegin(), pending.cend());
    std::sort(ids.begin(), ids.end()); // roots (older) before their symptoms
    for (qint64 id : std::as_const(ids)) {
        if (auto a = m_session->alarm(id))
            upsert(*a);
        else
            remove(id);
    }
    updateCounts();
}

void AlarmTableModel::rebuild()
{
    beginResetModel();
    m_alarms.clear();
    m_top.clear();
    m_children.clear();
    m_parent.clear();
    if (m_session) {
        for (const Alarms::Alarm &a : m_session->alarms())
            m_alarms.insert(a.id, a);
    }
    QList<qint64> ids = m_alarms.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        const qint64 p = parentFor(m_alarms.value(id));
        m_parent.insert(id, p);
        if (p)
            m_children[p].append(id);
        else
            m_top.append(id);
    }
    endResetModel();
    updateCounts();
}

qint64 AlarmTableModel::parentFor(const Alarms::Alarm &a) const
{
    if (!m_grouped || a.rootCauseId == 0 || a.rootCauseId == a.id)
        return 0;
    const auto root = m_alarms.constFind(a.rootCauseId);
    if (root == m_alarms.cend())
        return 0;
    // One level: a root cause that is itself a symptom keeps its own symptoms beside it.
    if (root->rootCauseId != 0 && root->rootCauseId != root->id && m_alarms.contains(root->rootCauseId))
        return 0;
    return root->id;
}

int AlarmTableModel::rowOf(qint64 id) const
{
    const qint64 p = m_parent.value(id);
    return int(p ? m_children.value(p).indexOf(id) : m_top.indexOf(id));
}

void AlarmTableModel::upsert(const Alarms::Alarm &alarm)
{
    const bool known = m_alarms.contains(alarm.id);
    m_alarms.insert(alarm.id, alarm);
    const qint64 wanted = parentFor(alarm);
    if (!known) {
        attach(alarm.id, wanted);
    } else if (wanted != m_parent.value(alarm.id)) {
        place(alarm.id, wanted);
    } else {
        const int row = rowOf(alarm.id);
        const QModelIndex parentIndex = indexOf(m_parent.value(alarm.id));
        emit dataChanged(index(row, 0, parentIndex), index(row, ColumnCount - 1, parentIndex));
    }
    regroupFollowers(alarm.id);
}

void AlarmTableModel::remove(qint64 id)
{
    if (!m_alarms.contains(id))
        return;
    // Its symptoms stay, at the top.
    const QList<qint64> children = m_children.value(id);
    for (qint64 child : children)
        place(child, 0);
    detach(id);
    m_alarms.remove(id);
    m_parent.remove(id);
    m_children.remove(id);
    regroupFollowers(id);
}

// Alarms whose place depends on @p id (its symptoms, and the symptoms of
// its own root cause) move where they now belong.
void AlarmTableModel::regroupFollowers(qint64 id)
{
    QList<qint64> followers;
    for (auto it = m_alarms.cbegin(); it != m_alarms.cend(); ++it) {
        if (it->rootCauseId == id && it->id != id)
            followers.append(it->id);
    }
    std::sort(followers.begin(), followers.end());
    for (qint64 f : std::as_const(followers)) {
        const qint64 wanted = parentFor(m_alarms.value(f));
        if (wanted != m_parent.value(f))
            place(f, wanted);
    }
}

void AlarmTableModel::place(qint64 id, qint64 parent)
{
    // A row that moves under a root takes no symptoms of its own along.
    if (parent != 0) {
        const QList<qint64> children = m_children.value(id);
        for (qint64 child : children)
            place(child, 0);
    }
    detach(id);
    attach(id, parent);
}

void AlarmTableModel::detach(qint64 id)
{
    const qint64 p = m_parent.value(id);
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(indexOf(p), row, row);
    if (p)
        m_children[p].removeAt(row);
    else
        m_top.removeAt(row);
    endRemoveRows();
    touchSummary(p);
}

void AlarmTableModel::attach(qint64 id, qint64 parent)
{
    QList<qint64> &rows = parent ? m_children[parent] : m_top;
    const int row = int(rows.size());
    beginInsertRows(indexOf(parent), row, row);
    rows.append(id);
    m_parent.insert(id, parent);
    endInsertRows();
    touchSummary(parent);
}

// A root's summary counts its symptoms.
void AlarmTableModel::touchSummary(qint64 id)
{
    const QModelIndex cell = indexOf(id, SummaryColumn);
    if (cell.isValid())
        emit dataChanged(cell, cell, {Qt::DisplayRole});
}

void AlarmTableModel::updateCounts()
{
    AlarmCounts counts;
    AlarmBadges badges;
    const auto worst = [](QHash<qint64, Alarms::Severity> &map, qint64 id, Alarms::Severity s) {
        if (id == 0)
            return;
        const auto it = map.find(id);
        if (it == map.end())
            map.insert(id, s);
        else if (s < *it)
            *it = s;
    };
    const qint64 t = now();
    for (const Alarms::Alarm &a : std::as_const(m_alarms)) {
        if (a.isShelvedAt(t) || a.inMaintenance) {
            ++counts.hidden;
            continue;
        }
        ++counts.bySeverity.at(std::size_t(a.severity));
        if (!a.acknowledged)
            ++counts.unacknowledged;
        const AlarmDeviceInfo d = m_devices.value(a.device);
        if (DeviceAlarmCount c = badges.counts.value(d.id); d.id != 0 && c.add(a, t))
            badges.counts.insert(d.id, c);
        // A symptom is amber at most in the tree too; its root cause is red.
        const Alarms::Severity shown = DeviceAlarmCount::badgeSeverity(a);
        worst(badges.devices, d.id, shown);
        worst(badges.racks, d.rackId, shown);
        worst(badges.sites, d.siteId, shown);
    }
    if (badges.devices != m_badges.devices || badges.racks != m_badges.racks || badges.sites != m_badges.sites ||
        badges.counts != m_badges.counts) {
        m_badges = badges;
        emit badgesChanged();
    }
    if (counts == m_counts)
        return;
    m_counts = counts;
    emit countsChanged(m_counts);
}

std::optional<Alarms::Severity> AlarmTableModel::worstSeverity(const QString &device) const
{
    std::optional<Alarms::Severity> worst;
    const qint64 t = now();
    for (const Alarms::Alarm &a : std::as_const(m_alarms)) {
        if (a.device != device || a.isShelvedAt(t) || a.inMaintenance)
            continue;
        if (!worst || a.severity < *worst)
            worst = a.severity;
    }
    return worst;
}

std::optional<Alarms::Alarm> AlarmTableModel::alarm(qint64 id) const
{
    const auto it = m_alarms.constFind(id);
    if (it == m_alarms.cend())
        return std::nullopt;
    return *it;
}

Alarms::Alarm AlarmTableModel::alarm(const QModelIndex &index) const
{
    return index.isValid() ? m_alarms.value(qint64(index.internalId())) : Alarms::Alarm{};
}

QModelIndex AlarmTableModel::indexOf(qint64 id, int column) const
{
    if (id == 0 || !m_alarms.contains(id))
        return {};
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(id));
}

AlarmTableModel::Flags AlarmTableModel::flagsOf(const Alarms::Alarm &a, qint64 nowMs)
{
    Flags f;
    f.setFlag(Acknowledged, a.acknowledged);
    f.setFlag(Shelved, a.isShelvedAt(nowMs));
    f.setFlag(InMaintenance, a.inMaintenance);
    f.setFlag(Flapping, a.flapping);
    f.setFlag(Symptom, a.isSymptom());
    return f;
}

QModelIndex AlarmTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_top.size() ? createIndex(row, column, quintptr(m_top.at(row))) : QModelIndex();
    if (parent.column() != 0)
        return {};
    const QList<qint64> children = m_children.value(qint64(parent.internalId()));
    return row < children.size() ? createIndex(row, column, quintptr(children.at(row))) : QModelIndex();
}

QModelIndex AlarmTableModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(m_parent.value(qint64(child.internalId())));
}

int AlarmTableModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_children.value(qint64(parent.internalId())).size());
}

int AlarmTableModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AlarmTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto it = m_alarms.constFind(qint64(index.internalId()));
    if (it == m_alarms.cend())
        return {};
    const Alarms::Alarm &a = *it;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(a, column);
    case Qt::ToolTipRole:
        return toolTip(a);
    case Qt::DecorationRole:
        return column == SeverityColumn ? QVariant(alarmSeverityColor(a.severity)) : QVariant();
    case Qt::FontRole:
        if (column == SeverityColumn && a.severity == Alarms::Severity::Critical && !a.acknowledged) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case AlarmIdRole:
        return a.id;
    case SeverityRole:
        return int(a.severity);
    case SeverityColorRole:
        return alarmSeverityColor(a.severity);
    case DeviceNameRole:
        return a.device;
    case DeviceIdRole:
        return m_devices.value(a.device).id;
    case SiteRole:
        return m_devices.value(a.device).site;
    case DeviceRoleRole:
        return m_devices.value(a.device).role;
    case RackIdRole:
        return m_devices.value(a.device).rackId;
    case FlagsRole:
        return int(flagsOf(a, now()));
    case SortRole:
        return sortData(a, column);
    case SearchTextRole: {
        const AlarmDeviceInfo d = m_devices.value(a.device);
        return QStringList{a.device, a.summary, a.ruleId, a.object,
                           a.metric, d.site,    d.role,   alarmSeverityText(a.severity)}
            .join(QLatin1Char(' '))
            .toLower();
    }
    case RootCauseRole:
        return a.rootCauseId;
    default:
        return {};
    }
}

QVariant AlarmTableModel::displayData(const Alarms::Alarm &a, int column) const
{
    switch (column) {
    case SeverityColumn:
        return alarmSeverityText(a.severity);
    case DeviceColumn:
        return a.device.isEmpty() ? tr("(no device)") : a.device;
    case SummaryColumn:
        if (m_grouped && m_children.value(a.id).size() > 0)
            return tr("%1 (%n symptom(s) below)", nullptr, int(m_children.value(a.id).size())).arg(a.summary);
        return a.summary;
    case SinceColumn:
        return timeText(a.lastRaisedMs ? a.lastRaisedMs : a.firstRaisedMs);
    case CountColumn:
        return a.count;
    case StateColumn:
        return stateText(a);
    default:
        return {};
    }
}

QVariant AlarmTableModel::sortData(const Alarms::Alarm &a, int column) const
{
    switch (column) {
    case SeverityColumn:
        // Worst first when ascending; the newest first within a severity.
        return double(a.severity) * 1e14 - double(a.lastRaisedMs);
    case DeviceColumn:
        return a.device.toLower();
    case SummaryColumn:
        return a.summary.toLower();
    case SinceColumn:
        return a.lastRaisedMs ? a.lastRaisedMs : a.firstRaisedMs;
    case CountColumn:
        return a.count;
    case StateColumn:
        return int(flagsOf(a, now()));
    default:
        return {};
    }
}

QString AlarmTableModel::stateText(const Alarms::Alarm &a) const
{
    QStringList parts;
    if (a.acknowledged)
        parts << (a.ackBy.isEmpty() ? tr("Acknowledged") : tr("Acknowledged by %1").arg(a.ackBy));
    if (a.isShelvedAt(now()))
        parts << tr("Shelved until %1").arg(timeText(a.shelvedUntilMs));
    if (a.inMaintenance)
        parts << tr("In maintenance");
    if (a.flapping)
        parts << tr("Flapping");
    if (a.isSymptom())
        parts << tr("Symptom");
    return parts.isEmpty() ? tr("New") : parts.join(QStringLiteral(", "));
}

QString AlarmTableModel::toolTip(const Alarms::Alarm &a) const
{
    QStringList lines{QStringLiteral("%1 — %2").arg(alarmSeverityText(a.severity), a.summary),
                      tr("Rule: %1").arg(a.ruleId)};
    if (!a.object.isEmpty())
        lines << tr("Object: %1").arg(a.object);
    if (!std::isnan(a.value))
        lines << tr("Value: %1").arg(QLocale().toString(a.value, 'g', 6));
    lines << tr("First raised: %1").arg(timeText(a.firstRaisedMs));
    if (a.lastSeenMs)
        lines << tr("Last seen: %1").arg(timeText(a.lastSeenMs));
    if (a.acknowledged && !a.ackComment.isEmpty())
        lines << tr("Acknowledgement: %1").arg(a.ackComment);
    if (a.symptoms > 0)
        lines << tr("%n device alarm(s) grouped under it", nullptr, a.symptoms);
    return lines.join(QLatin1Char('\n'));
}

QVariant AlarmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case DeviceColumn:
        return tr("Device");
    case SummaryColumn:
        return tr("Summary");
    case SinceColumn:
        return tr("Since");
    case CountColumn:
        return tr("Count");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace OpsDeck::Models
