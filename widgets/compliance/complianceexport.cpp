// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/compliance/complianceexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

#include "backend/compliance/reportcsv.h"
#include "models/compliance/compliancetablemodel.h"

namespace OpsDeck::Widgets::ComplianceExport {

namespace {

using Models::ComplianceState;
using Models::ComplianceTableModel;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("OpsDeck::Widgets::ComplianceExport", text, nullptr, n);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

struct SiteCounts
{
    int devices = 0;
    int compliant = 0;
    int noncompliant = 0;
    int unknown = 0;
};

QString summaryTable(const QList<Models::DeviceCompliance> &devices)
{
    QMap<QString, SiteCounts> sites;
    for (const Models::DeviceCompliance &d : devices) {
        SiteCounts &c = sites[d.site.isEmpty() ? tr("(no site)") : d.site];
        ++c.devices;
        c.compliant += d.state == ComplianceState::Compliant ? 1 : 0;
        c.noncompliant += d.state == ComplianceState::NonCompliant ? 1 : 0;
        c.unknown += d.state == ComplianceState::Unknown ? 1 : 0;
    }
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr><th>%1</th>"
                                  "<th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                       .arg(tr("Site"), tr("Devices"), tr("Compliant"), tr("Not compliant"), tr("Unknown"));
    for (auto it = sites.cbegin(); it != sites.cend(); ++it)
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td>"
                               "<td align='right'>%4</td><td align='right'>%5</td></tr>")
                    .arg(esc(it.key()))
                    .arg(it->devices)
                    .arg(it->compliant)
                    .arg(it->noncompliant)
                    .arg(it->unknown);
    return html + QStringLiteral("</table>");
}

QString deviceSection(const Models::DeviceCompliance &d)
{
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(esc(d.device), esc(QStringList{d.site, d.role, d.platform, ComplianceTableModel::versionText(d)}
                                        .filter(QRegularExpression(QStringLiteral("\\S")))
                                        .join(QStringLiteral(" · "))));
    if (!d.upgradePath.isEmpty())
        html +=
            QStringLiteral("<p>%1</p>").arg(esc(tr("Upgrade path: %1").arg(d.upgradePath.join(QStringLiteral(" → ")))));
    html += QStringLiteral("<ul>");
    for (const Models::ComplianceCheck &c : d.checks) {
        if (c.state != ComplianceState::NonCompliant)
            continue;
        html += QStringLiteral("<li><b>%1</b> (%2): %3")
                    .arg(esc(c.name.isEmpty() ? c.id : c.name), esc(c.severity), esc(c.detail));
        if (!c.evidence.isEmpty()) {
            html += QStringLiteral("<pre>");
            for (const Models::ComplianceEvidence &e : c.evidence)
                html +=
                    esc(e.line > 0 ? QStringLiteral("%1: %2").arg(e.line).arg(e.text) : tr("missing: %1").arg(e.text)) +
                    u'\n';
            html += QStringLiteral("</pre>");
        }
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

bool writeCsv(const QString &path, const QList<Models::DeviceCompliance> &devices, QString *error)
{
    QJsonArray list;
    for (const Models::DeviceCompliance &d : devices)
        list.append(d.json);
    const QByteArray data = Compliance::reportCsv(list).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString reportHtml(const QList<Models::DeviceCompliance> &devices, const QDateTime &evaluatedAt)
{
    QString html = QStringLiteral("<html><body><h1>%1</h1><p>%2</p>")
                       .arg(esc(tr("Compliance report")),
                            esc(evaluatedAt.isValid()
                                    ? tr("Checked %1; %n device(s).", int(devices.size()))
                                          .arg(QLocale().toString(evaluatedAt.toLocalTime(), QLocale::LongFormat))
                                    : tr("Not checked yet.")));
    html += summaryTable(devices);
    bool any = false;
    for (const Models::DeviceCompliance &d : devices) {
        if (d.state != ComplianceState::NonCompliant)
            continue;
        if (!any)
            html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Devices that are not compliant")));
        any = true;
        html += deviceSection(d);
    }
    if (!any)
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Every device checked is compliant.")));
    return html + QStringLiteral("</body></html>");
}

bool writePdf(const QString &path, const QList<Models::DeviceCompliance> &devices, const QDateTime &evaluatedAt,
              QString *error)
{
    // QPdfWriter cannot report a failed open: try the file first.
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(path, probe.errorString());
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(tr("Compliance report"));
    writer.setCreator(QStringLiteral("OpsDeck"));
    QTextDocument document;
    document.setHtml(reportHtml(devices, evaluatedAt));
    document.print(&writer);
    return true;
}

} // namespace OpsDeck::Widgets::ComplianceExport
