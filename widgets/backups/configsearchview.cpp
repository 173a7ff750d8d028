// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/backups/configsearchview.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OpsDeck::Widgets {

using Models::ConfigHistoryRequest;
using Models::ConfigHistorySession;

namespace {

constexpr int kDeviceRole = Qt::UserRole;

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

ConfigSearchView::ConfigSearchView(ConfigHistorySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_pattern(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regular e&xpression"), this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_summary(new QLabel(this))
    , m_results(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("configSearchView"));
    setAccessibleName(tr("Configuration search"));
    m_pattern->setObjectName(QStringLiteral("configSearchPattern"));
    m_pattern->setPlaceholderText(tr("Text in the latest configuration of every device, e.g. snmp-server community"));
    m_pattern->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("configSearchSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Searches the latest backup of each device the service keeps."));
    m_results->setObjectName(QStringLiteral("configSearchResults"));
    m_results->setHeaderLabels({tr("Device / line"), tr("Text")});
    m_results->setUniformRowHeights(true);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_export->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_pattern, 1);
    row->addWidget(m_regex);
    row->addWidget(m_case);
    row->addWidget(m_search);
    row->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);

    connect(m_pattern, &QLineEdit::returnPressed, this, &ConfigSearchView::start);
    connect(m_search, &QPushButton::clicked, this, &ConfigSearchView::start);
    connect(m_export, &QPushButton::clicked, this, &ConfigSearchView::exportResults);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString device = item->data(0, kDeviceRole).toString();
        if (!device.isEmpty())
            emit historyRequested(device);
    });
    if (m_session) {
        connect(m_session, &ConfigHistorySession::searchFinished, this, &ConfigSearchView::handleFinished);
        connect(m_session, &ConfigHistorySession::failed, this, &ConfigSearchView::handleFailed);
    }
}

ConfigSearchView::~ConfigSearchView() = default;

QString ConfigSearchView::summaryText() const
{
    return m_summary->text();
}

void ConfigSearchView::start()
{
    search(m_pattern->text(), m_regex->isChecked(), m_case->isChecked());
}

void ConfigSearchView::search(const QString &pattern, bool regex, bool caseSensitive)
{
    m_pattern->setText(pattern);
    m_regex->setChecked(regex);
    m_case->setChecked(caseSensitive);
    if (pattern.isEmpty()) {
        m_summary->setText(tr("Type what to look for."));
        return;
    }
    if (!m_session)
        return;
    m_asked = pattern;
    m_search->setEnabled(false);
    m_summary->setText(tr("Searching…"));
    m_session->requestSearch(pattern, regex, caseSensitive);
}

void ConfigSearchView::handleFinished(const QString &pattern, const Jobs::ConfigSearchResult &result)
{
    if (pattern != m_asked)
        return;
    m_asked.clear();
    m_search->setEnabled(true);
    m_result = result;
    m_results->clear();
    QTreeWidgetItem *device = nullptr;
    for (const Jobs::ConfigMatch &match : result.matches) {
        if (!device || device->data(0, kDeviceRole).toString() != match.device) {
            device = new QTreeWidgetItem(m_results);
            device->setData(0, kDeviceRole, match.device);
            device->setText(0, match.device);
            device->setToolTip(0, tr("Version %1; activate to open the configuration history").arg(match.version));
            QFont bold = device->font(0);
            bold.setBold(true);
            device->setFont(0, bold);
        }
        auto *line = new QTreeWidgetItem(device);
        line->setData(0, kDeviceRole, match.device);
        line->setText(0, tr("line %1").arg(match.line));
        line->setText(1, match.text);
        device->setText(1, tr("%n matching line(s)", nullptr, device->childCount()));
    }
    m_results->expandAll();
    QString text = result.matches.isEmpty()
                       ? tr("No line matches in the %n device(s) with a backup.", nullptr, result.devicesSearched)
                       : tr("%1 in %2 of %3 devices with a backup.")
                             .arg(tr("%n matching line(s)", nullptr, int(result.matches.size())))
                             .arg(result.devicesMatched)
                             .arg(result.devicesSearched);
    if (result.truncated)
        text += u' ' + tr("Only the first %n are shown: narrow the search.", nullptr, int(result.matches.size()));
    m_summary->setText(text);
    m_export->setEnabled(!result.matches.isEmpty());
    emit searchShown();
}

void ConfigSearchView::handleFailed(const QString &, ConfigHistoryRequest request, const Error &error)
{
    if (request != ConfigHistoryRequest::Search || m_asked.isEmpty())
        return;
    m_asked.clear();
    m_search->setEnabled(true);
    m_summary->setText(ConfigHistorySession::errorText(request, error));
    emit searchShown();
}

bool ConfigSearchView::exportTo(const QString &path, QString *error) const
{
    QString csv = QStringLiteral("device,version,line,text\n");
    for (const Jobs::ConfigMatch &m : m_result.matches)
        csv += QStringLiteral("%1,%2,%3,%4\n").arg(csvField(m.device)).arg(m.version).arg(m.line).arg(csvField(m.text));
    QSaveFile file(path);
    const QByteArray data = csv.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ConfigSearchView::exportResults()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Matches"), QStringLiteral("config-search.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Matches"), tr("The matches could not be written: %1").arg(error));
}

} // namespace OpsDeck::Widgets
