// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/prtg/prtgimportwizard.h"

#include <climits>

#include "models/session/prtg/prtgimportsession.h"
#include "widgets/prtg/prtgconnectpage.h"
#include "widgets/prtg/prtghistorypage.h"
#include "widgets/prtg/prtgmappingpage.h"
#include "widgets/prtg/prtgrunpage.h"
#include "widgets/prtg/prtgselectpage.h"
#include "widgets/prtg/prtgsensorspage.h"

namespace OpsDeck::Widgets {

using Models::PrtgImportSession;

PrtgImportWizard::PrtgImportWizard(PrtgImportSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setWindowTitle(tr("Import from PRTG"));
    setOption(QWizard::NoBackButtonOnLastPage, true);
    auto *history = new PrtgHistoryPage(session);
    setPage(ConnectPageId, new PrtgConnectPage(this, session));
    setPage(SelectPageId, new PrtgSelectPage(this));
    setPage(MappingPageId, new PrtgMappingPage(this, session));
    setPage(SensorsPageId, new PrtgSensorsPage(this));
    setPage(HistoryPageId, history);
    setPage(RunPageId, new PrtgRunPage(this, session, history));
    connect(this, &QWizard::rejected, session, &PrtgImportSession::cancel);
}

PrtgImportWizard::~PrtgImportWizard() = default;

QString PrtgImportWizard::deviceMatchText(Prtg::DeviceMatch method)
{
    switch (method) {
    case Prtg::DeviceMatch::HostAddress: return tr("Host address");
    case Prtg::DeviceMatch::HostName: return tr("Host name");
    case Prtg::DeviceMatch::Name: return tr("Device name");
    case Prtg::DeviceMatch::Manual: return tr("By hand");
    case Prtg::DeviceMatch::None: break;
    }
    return tr("Unmapped");
}

QString PrtgImportWizard::pollKindText(Prtg::PollKind kind)
{
    switch (kind) {
    case Prtg::PollKind::IcmpPing: return tr("ICMP ping");
    case Prtg::PollKind::SnmpInterfaceTraffic: return tr("SNMP interface traffic");
    case Prtg::PollKind::SnmpCustomOid: return tr("SNMP custom OID");
    }
    return {};
}

QString PrtgImportWizard::reportText(const Prtg::ImportReport &report)
{
    QStringList lines;
    lines << tr("Imported: %n polling definition(s)", nullptr, int(report.imported.size()));
    for (const Prtg::PollingDefinition &d : report.imported)
        lines << tr("  %1 on %2: %3").arg(d.name, d.deviceName, pollKindText(d.kind));
    lines << tr("Mapped: %n device(s)", nullptr, int(report.mapped.size()));
    for (const Prtg::DeviceMapping &m : report.mapped)
        lines << tr("  %1 → %2 (%3)").arg(m.prtgName, m.deviceName, deviceMatchText(m.method));
    lines << tr("Skipped: %n item(s)", nullptr, int(report.skipped.size()));
    for (const Prtg::SkippedItem &s : report.skipped) {
        const QString kind = s.kind == QLatin1String("device") ? tr("device") : tr("sensor");
        lines << tr("  %1 %2 (%3): %4").arg(kind, s.name).arg(s.prtgId).arg(s.reason);
    }
    if (report.historySensors > 0)
        lines << tr("History: %n sample(s)", nullptr, int(qMin<qint64>(report.historySamples, INT_MAX)))
                     + QLatin1Char(' ') + tr("from %n sensor(s)", nullptr, report.historySensors);
    return lines.join(QLatin1Char('\n'));
}

} // namespace OpsDeck::Widgets
