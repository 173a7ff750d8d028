// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/dashboard/interfacestatusmodel.h"

#include <QDateTime>
#include <QLocale>

#include "models/inventory/interfacetablemodel.h"
#include "models/inventory/statusstyle.h"
#include "models/session/charts/chartdatasource.h"

namespace OpsDeck::Models {

namespace {

constexpr qint64 kLookBackMs = 15 * 60 * 1000;

QString keyText(const Domain::SeriesKey &key)
{
    return key.device + u'\x1f' + key.object + u'\x1f' + key.metric;
}

const char *metricName(int metric)
{
    static const char *const names[] = {"if.in.bps", "if.out.bps", "if.oper.status"};
    return names[metric];
}

} // namespace

InterfaceStatusModel::InterfaceStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

InterfaceStatusModel::~InterfaceStatusModel() = default;

void InterfaceStatusModel::setSource(ChartDataSource *source)
{
    if (m_source == source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        connect(m_source, &ChartDataSource::historyFinished, this, &InterfaceStatusModel::handleHistory);
        connect(m_source, &ChartDataSource::samplesArrived, this, &InterfaceStatusModel::handleSamples);
    }
    requestAll();
}

void InterfaceStatusModel::setInterfaces(const QList<Domain::Interface> &interfaces)
{
    beginResetModel();
    m_rows.clear();
    for (const InterfaceSeries &s : InterfaceSeries::all(interfaces))
        m_rows << Row{s};
    endResetModel();
    requestAll();
}

void InterfaceStatusModel::requestAll()
{
    m_requests.clear();
    m_targets.clear();
    if (!m_source || m_rows.isEmpty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Domain::SeriesKey> watched;
    for (int row = 0; row < m_rows.size(); ++row) {
        const InterfaceSeries &s = m_rows.at(row).series;
        if (!s.interface.enabled || !s.isPolled())
            continue;
        for (int metric = 0; metric < 3; ++metric) {
            const Domain::SeriesKey key = s.key(QLatin1String(metricName(metric)));
            m_targets.insert(keyText(key), Target{row, Metric(metric)});
            watched << key;
        }
    }
    m_source->setWatchedSeries(watched);
    // Ask after the targets are complete: a source may answer at once.
    for (const Domain::SeriesKey &key : std::as_const(watched)) {
        const Target target = m_targets.value(keyText(key));
        m_requests.insert(m_source->requestHistory(key, now - kLookBackMs, now + 60000, Metrics::Resolution::Raw),
                          target);
    }
}

bool InterfaceStatusModel::apply(const Target &target, qint64 timestampMs, double value)
{
    if (target.row < 0 || target.row >= m_rows.size())
        return false;
    Row &r = m_rows[target.row];
    switch (target.metric) {
    case Metric::In:
        r.inBps = value;
        break;
    case Metric::Out:
        r.outBps = value;
        break;
    case Metric::Oper:
        r.oper = value == 1 ? OperStatus::Up : OperStatus::Down;
        break;
    }
    r.sampleMs = std::max(r.sampleMs, timestampMs);
    return true;
}

void InterfaceStatusModel::handleHistory(const ChartHistory &history)
{
    const auto it = m_requests.constFind(history.requestId);
    if (it == m_requests.cend())
        return;
    const Target target = *it;
    m_requests.erase(it);
    if (!history.failed && !history.points.isEmpty()) {
        const Metrics::MetricPoint &last = history.points.constLast();
        if (apply(target, last.timestampMs, last.avg))
            emit dataChanged(index(target.row, 0), index(target.row, ColumnCount - 1));
    }
    if (m_requests.isEmpty())
        emit ratesLoaded();
}

void InterfaceStatusModel::handleSamples(const QList<LiveSample> &samples)
{
    int first = INT_MAX;
    int last = -1;
    for (const LiveSample &s : samples) {
        const auto it = m_targets.constFind(keyText(s.key));
        if (it == m_targets.cend() || !apply(*it, s.timestampMs, s.value))
            continue;
        first = std::min(first, it->row);
        last = std::max(last, it->row);
    }
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int InterfaceStatusModel::rowOf(qint64 interfaceId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).series.interface.id == interfaceId)
            return row;
    }
    return -1;
}

int InterfaceStatusModel::sampledRows() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.sampleMs > 0; }));
}

QString InterfaceStatusModel::rateText(double bitsPerSecond)
{
    if (bitsPerSecond < 0)
        return QStringLiteral("—");
    const QLocale locale;
    if (bitsPerSecond >= 1e9)
        return tr("%1 Gbit/s").arg(locale.toString(bitsPerSecond / 1e9, 'f', 2));
    if (bitsPerSecond >= 1e6)
        return tr("%1 Mbit/s").arg(locale.toString(bitsPerSecond / 1e6, 'f', 1));
    if (bitsPerSecond >= 1e3)
        return tr("%1 kbit/s").arg(locale.toString(bitsPerSecond / 1e3, 'f', 1));
    return tr("%1 bit/s").arg(locale.toString(bitsPerSecond, 'f', 0));
}

QString InterfaceStatusModel::matchText(const Domain::Interface &interface)
{
    if (interface.polledIfIndex <= 0)
        return tr("No SNMP match");
    const QString &by = interface.matchedBy;
    QString rule;
    if (by == QLatin1String("demo")) {
        rule = tr("the demo");
    } else {
        const QString field = by.section(u'-', 0, 0);
        const QString how = by.section(u'-', 1);
        if (how == QLatin1String("nocase"))
            rule = tr("%1, ignoring case and spaces").arg(field);
        else if (how == QLatin1String("normalised"))
            rule = tr("%1, with interface abbreviations expanded").arg(field);
        else
            rule = field;
    }
    return tr("SNMP ifIndex %1, matched by %2").arg(interface.polledIfIndex).arg(rule);
}

int InterfaceStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InterfaceStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterfaceStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Domain::Interface &i = r.series.interface;
    const qint64 speedBps = i.speedKbps * 1000;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return i.name;
        case StatusColumn:
            if (!i.enabled)
                return tr("Disabled");
            if (!r.series.isPolled())
                return tr("No SNMP match");
            switch (r.oper) {
            case OperStatus::Up:
                return tr("Up");
            case OperStatus::Down:
                return tr("Down");
            case OperStatus::Unknown:
                break;
            }
            return tr("Not polled");
        case InColumn:
            return rateText(r.inBps);
        case OutColumn:
            return rateText(r.outBps);
        case UtilisationColumn:
            if (speedBps <= 0 || (r.inBps < 0 && r.outBps < 0))
                return QStringLiteral("—");
            return tr("%1 %").arg(QLocale().toString(100.0 * std::max(r.inBps, r.outBps) / double(speedBps), 'f', 1));
        case SpeedColumn:
            return InterfaceTableModel::speedText(i.speedKbps);
        case PeerColumn:
            if (!i.cableId || i.peerDevice.isEmpty())
                return QString();
            return i.peerPort.isEmpty() ? i.peerDevice : tr("%1 : %2").arg(i.peerDevice, i.peerPort);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            if (!i.enabled)
                return statusColor(QStringLiteral("offline"));
            switch (r.oper) {
            case OperStatus::Up:
                return statusColor(QStringLiteral("active"));
            case OperStatus::Down:
                return statusColor(QStringLiteral("failed"));
            case OperStatus::Unknown:
                break;
            }
            return statusColor(QString());
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == InColumn || index.column() == OutColumn || index.column() == UtilisationColumn
            || index.column() == SpeedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        if (!r.series.isPolled())
            return tr("No polled SNMP interface matches this interface: it is not polled.");
        const QString match = matchText(i);
        if (r.sampleMs > 0)
            return tr("%1\nLast sample %2")
                .arg(match, QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.sampleMs), QLocale::ShortFormat));
        return tr("%1\nNo samples for this interface").arg(match);
    }
    case IdRole:
        return i.id;
    case InRateRole:
        return r.inBps;
    case OutRateRole:
        return r.outBps;
    case OperStatusRole:
        return int(r.oper);
    case SampleTimeRole:
        return r.sampleMs;
    default:
        return {};
    }
}

QVariant InterfaceStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Interface");
    case StatusColumn:
        return tr("Status");
    case InColumn:
        return tr("In");
    case OutColumn:
        return tr("Out");
    case UtilisationColumn:
        return tr("Utilisation");
    case SpeedColumn:
        return tr("Speed");
    case PeerColumn:
        return tr("Connected to");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace OpsDeck::Models
