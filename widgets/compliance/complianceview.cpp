// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/compliance/complianceview.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/backups/sidebysidediffmodel.h"
#include "models/compliance/compliancetablemodel.h"
#include "widgets/compliance/complianceexport.h"

namespace OpsDeck::Widgets {

using Models::ComplianceState;
using Models::ComplianceTableModel;
using Models::DeviceCompliance;

namespace {

/// Rows of one site, of some states, whose device name contains a text.
class ComplianceFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QString site;
    QSet<int> states;
    QString text;

    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!site.isEmpty() && index.data(ComplianceTableModel::SiteRole).toString() != site)
            return false;
        if (!states.isEmpty() && !states.contains(index.data(ComplianceTableModel::StateRole).toInt()))
            return false;
        return text.isEmpty() ||
               index.data(ComplianceTableModel::DeviceRole).toString().contains(text, Qt::CaseInsensitive);
    }
};

ComplianceFilter *filterOf(QSortFilterProxyModel *proxy)
{
    return static_cast<ComplianceFilter *>(proxy);
}

} // namespace

ComplianceView::ComplianceView(Models::ComplianceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ComplianceTableModel(session, this))
    , m_proxy(new ComplianceFilter(this))
    , m_driftModel(new Models::SideBySideDiffModel(this))
    , m_summary(new QLabel(this))
    , m_site(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_run(new QPushButton(tr("Check &Now"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_progress(new QProgressBar(this))
    , m_devices(new QTreeView(this))
    , m_pages(new QTabWidget(this))
    , m_checks(new QTreeWidget(m_pages))
    , m_driftNote(new QLabel(m_pages))
    , m_drift(new QTableView(m_pages))
    , m_remediation(new QPlainTextEdit(m_pages))
    , m_remediate(new QPushButton(tr("Push &Remediation…"), m_pages))
{
    setObjectName(QStringLiteral("complianceView"));
    setAccessibleName(tr("Compliance"));
    auto *bar = new QWidget(this);
    buildToolbar(bar);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ComplianceTableModel::SortRole);
    m_devices->setObjectName(QStringLiteral("complianceDevices"));
    m_devices->setModel(m_proxy);
    m_devices->setRootIsDecorated(false);
    m_devices->setUniformRowHeights(true);
    m_devices->setSortingEnabled(true);
    m_devices->sortByColumn(ComplianceTableModel::StateColumn, Qt::AscendingOrder);
    m_devices->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_devices->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ComplianceView::showCurrent);
    connect(m_devices, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit deviceRequested(index.data(ComplianceTableModel::DeviceRole).toString());
    });

    m_checks->setObjectName(QStringLiteral("complianceChecks"));
    m_checks->setHeaderLabels({tr("Check"), tr("State"), tr("Severity"), tr("Detail")});
    m_checks->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checks->setUniformRowHeights(true);

    auto *driftPage = new QWidget(m_pages);
    m_driftNote->setWordWrap(true);
    m_driftNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_drift->setObjectName(QStringLiteral("complianceDrift"));
    m_drift->setModel(m_driftModel);
    m_driftModel->setLabels(tr("Running (latest backup)"), tr("Intended"));
    m_drift->setShowGrid(false);
    m_drift->setWordWrap(false);
    m_drift->verticalHeader()->hide();
    m_drift->verticalHeader()->setDefaultSectionSize(m_drift->fontMetrics().height() + 2);
    m_drift->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_drift->horizontalHeader()->setStretchLastSection(true);
    m_remediation->setObjectName(QStringLiteral("complianceRemediation"));
    m_remediation->setReadOnly(true);
    m_remediation->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_remediation->setPlaceholderText(tr("Nothing to push: the running configuration has every intended line."));
    m_remediation->setMaximumHeight(m_remediation->fontMetrics().height() * 8);
    m_remediate->setEnabled(false);
    m_remediate->setToolTip(tr("Dry run, then push these lines after approval; rolled back if the check after fails"));
    connect(m_remediate, &QPushButton::clicked, this, [this] {
        if (!m_driftDevice.isEmpty() && !m_remediationLines.isEmpty())
            emit remediationRequested(m_driftDevice, m_remediationLines);
    });
    auto *remediationRow = new QHBoxLayout;
    remediationRow->addWidget(new QLabel(tr("Lines that would converge it:"), driftPage), 1);
    remediationRow->addWidget(m_remediate);
    auto *driftLayout = new QVBoxLayout(driftPage);
    driftLayout->addWidget(m_driftNote);
    driftLayout->addWidget(m_drift, 1);
    driftLayout->addLayout(remediationRow);
    driftLayout->addWidget(m_remediation);
    m_pages->addTab(m_checks, tr("&Checks"));
    m_pages->addTab(driftPage, tr("&Drift"));
    connect(m_pages, &QTabWidget::currentChanged, this, &ComplianceView::showCurrent);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_devices);
    split->addWidget(m_pages);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    if (m_session) {
        connect(m_session, &Models::ComplianceSession::reportLoaded, this, &ComplianceView::handleReport);
        connect(m_session, &Models::ComplianceSession::driftLoaded, this, &ComplianceView::handleDrift);
        connect(m_session, &Models::ComplianceSession::failed, this, &ComplianceView::handleFailed);
        connect(m_session, &Models::ComplianceSession::runStarted, this, [this] {
            m_progress->setRange(0, 0);
            m_progress->show();
            m_run->setEnabled(false);
        });
        connect(m_session, &Models::ComplianceSession::runProgress, this, [this](int done, int total) {
            m_progress->setRange(0, std::max(total, 1));
            m_progress->setValue(done);
            m_progress->setFormat(tr("%1 of %2 devices").arg(done).arg(total));
            m_progress->show();
            m_run->setEnabled(false);
        });
        connect(m_session, &Models::ComplianceSession::availabilityChanged, m_run, &QPushButton::setEnabled);
        // The session asks for the report when it connects and keeps it.
        handleReport(m_session->report());
    } else {
        m_summary->setText(tr("Compliance is not available: the console is not connected to the OpsDeck service."));
    }
}

ComplianceView::~ComplianceView() = default;

void ComplianceView::buildToolbar(QWidget *bar)
{
    m_site->setObjectName(QStringLiteral("complianceSite"));
    m_site->addItem(tr("All sites"), QString());
    m_state->setObjectName(QStringLiteral("complianceState"));
    m_state->addItem(tr("Every state"), -1);
    for (const ComplianceState s : {ComplianceState::NonCompliant, ComplianceState::Compliant, ComplianceState::Unknown,
                                    ComplianceState::NotApplicable})
        m_state->addItem(ComplianceTableModel::stateText(s), int(s));
    m_search->setPlaceholderText(tr("Device name"));
    m_search->setClearButtonEnabled(true);
    m_progress->setObjectName(QStringLiteral("complianceProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_run->setObjectName(QStringLiteral("complianceRun"));
    m_run->setToolTip(
        tr("Evaluate every device now against the rules, its intended configuration and its target version"));
    m_run->setEnabled(m_session && m_session->isAvailable());
    m_export->setToolTip(tr("Save the devices shown as CSV or PDF"));
    connect(m_site, &QComboBox::currentIndexChanged, this, &ComplianceView::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ComplianceView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &ComplianceView::applyFilter);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->run();
    });
    connect(m_export, &QPushButton::clicked, this, &ComplianceView::exportReport);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_site);
    row->addWidget(m_state);
    row->addWidget(m_search, 1);
    row->addWidget(m_progress);
    row->addWidget(m_run);
    row->addWidget(m_export);
}

QString ComplianceView::summaryText() const
{
    return m_summary->text();
}

int ComplianceView::visibleRows() const
{
    return m_proxy->rowCount();
}

void ComplianceView::handleReport(const Models::ComplianceReport &report)
{
    m_progress->setVisible(report.running);
    m_run->setEnabled(m_session && m_session->isAvailable() && !report.running);
    QSet<QString> sites;
    for (const DeviceCompliance &d : report.devices)
        sites.insert(d.site);
    QStringList sorted(sites.cbegin(), sites.cend());
    sorted.removeAll(QString());
    sorted.sort(Qt::CaseInsensitive);
    const QString current = m_site->currentData().toString();
    {
        const QSignalBlocker blocker(m_site);
        while (m_site->count() > 1)
            m_site->removeItem(1);
        for (const QString &s : std::as_const(sorted))
            m_site->addItem(s, s);
        m_site->setCurrentIndex(std::max(0, m_site->findData(current)));
    }
    QString text;
    if (!report.evaluatedAt.isValid()) {
        text = report.running ? tr("The service is checking the devices for the first time…")
                              : tr("No compliance check has run yet: Check Now evaluates every device.");
    } else {
        text = tr("%1: %2 compliant, %3 not compliant, %4 unknown. Checked %5.")
                   .arg(tr("%n device(s)", nullptr, int(report.devices.size())))
                   .arg(report.count(ComplianceState::Compliant))
                   .arg(report.count(ComplianceState::NonCompliant))
                   .arg(report.count(ComplianceState::Unknown))
                   .arg(QLocale().toString(report.evaluatedAt.toLocalTime(), QLocale::ShortFormat));
    }
    for (const QString &problem : report.problems)
        text += u'\n' + problem;
    m_summary->setText(text);
    m_export->setEnabled(!report.devices.isEmpty());
    showCurrent();
    emit reportShown();
}

void ComplianceView::handleFailed(Models::ComplianceRequest request, const Error &error)
{
    const QString text = Models::ComplianceSession::errorText(request, error);
    if (request == Models::ComplianceRequest::Drift) {
        m_driftNote->setText(text);
        m_driftModel->clear();
        return;
    }
    m_progress->hide();
    m_run->setEnabled(m_session && m_session->isAvailable());
    m_summary->setText(text);
    emit reportShown();
}

QString ComplianceView::currentDevice() const
{
    return m_devices->currentIndex().data(ComplianceTableModel::DeviceRole).toString();
}

void ComplianceView::showCurrent()
{
    const QString name = currentDevice();
    const DeviceCompliance *device = m_session ? m_session->device(name) : nullptr;
    m_checks->clear();
    if (!device) {
        m_driftNote->setText(tr("Select a device to see its checks."));
        m_driftModel->clear();
        m_remediation->clear();
        m_remediate->setEnabled(false);
        return;
    }
    for (const Models::ComplianceCheck &check : device->checks) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(0, check.name.isEmpty() ? check.id : check.name);
        item->setText(1, ComplianceTableModel::stateText(check.state));
        item->setIcon(1, QIcon());
        item->setForeground(1, ComplianceTableModel::stateColor(check.state));
        item->setText(2, check.severity);
        item->setText(3, check.detail);
        item->setToolTip(3, check.detail);
        for (const Models::ComplianceEvidence &e : check.evidence) {
            auto *line = new QTreeWidgetItem(item);
            line->setText(0, e.line > 0 ? tr("line %1").arg(e.line) : tr("missing"));
            line->setText(3, e.text);
            line->setFont(3, QFontDatabase::systemFont(QFontDatabase::FixedFont));
        }
        item->setExpanded(check.state == ComplianceState::NonCompliant);
    }
    if (m_pages->currentIndex() == 1 && m_session && m_driftDevice != name) {
        m_driftDevice = name;
        m_driftModel->clear();
        m_remediation->clear();
        m_remediate->setEnabled(false);
        m_driftNote->setText(tr("Comparing %1 with its intended configuration…").arg(name));
        m_session->requestDrift(name);
    }
}

void ComplianceView::handleDrift(const Models::DriftDetail &drift)
{
    if (drift.device != m_driftDevice)
        return;
    if (!drift.problem.isEmpty()) {
        m_driftNote->setText(drift.problem);
        m_driftModel->clear();
        m_remediationLines.clear();
    } else {
        m_driftModel->setTexts(drift.running, drift.intended);
        const Core::LineDiff::Stats stats = m_driftModel->stats();
        m_driftNote->setText(
            stats.deleted == 0 && stats.inserted == 0
                ? tr("The running configuration (backup version %1) is as intended (%2).")
                      .arg(drift.backupVersion)
                      .arg(drift.source)
                : tr("Left: running configuration, backup version %1. Right: intended, from %2. %3 intended, %4 "
                     "not intended (volatile lines ignored).")
                      .arg(drift.backupVersion)
                      .arg(drift.source)
                      .arg(tr("%n line(s) missing", nullptr, stats.inserted))
                      .arg(tr("%n line(s)", nullptr, stats.deleted)));
        m_remediationLines = drift.remediation;
    }
    m_remediation->setPlainText(m_remediationLines.join(u'\n'));
    m_remediate->setEnabled(!m_remediationLines.isEmpty());
    emit driftShown(drift.device);
}

void ComplianceView::applyFilter()
{
    auto *filter = filterOf(m_proxy);
    filter->site = m_site->currentData().toString();
    filter->states.clear();
    if (const int state = m_state->currentData().toInt(); state >= 0)
        filter->states.insert(state);
    filter->text = m_search->text().trimmed();
    filter->refresh();
}

void ComplianceView::setFilter(const QString &site, const QList<ComplianceState> &states)
{
    m_site->setCurrentIndex(std::max(0, m_site->findData(site)));
    m_state->setCurrentIndex(states.size() == 1 ? std::max(0, m_state->findData(int(states.first()))) : 0);
    applyFilter();
}

bool ComplianceView::selectDevice(const QString &device)
{
    const int row = m_model->rowOf(device);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        setFilter({}, {});
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_devices->setCurrentIndex(index);
    m_devices->scrollTo(index);
    return true;
}

QList<DeviceCompliance> ComplianceView::shownDevices() const
{
    QList<DeviceCompliance> out;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        if (const DeviceCompliance *d = m_model->deviceAt(source.row()))
            out << *d;
    }
    return out;
}

bool ComplianceView::exportTo(const QString &path, QString *error) const
{
    const QList<DeviceCompliance> devices = shownDevices();
    const QDateTime at = m_session ? m_session->report().evaluatedAt : QDateTime();
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return ComplianceExport::writePdf(path, devices, at, error);
    return ComplianceExport::writeCsv(path, devices, error);
}

void ComplianceView::exportReport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Compliance Report"), QStringLiteral("compliance.pdf"),
                                     tr("PDF document (*.pdf);;CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Compliance Report"), error);
}

} // namespace OpsDeck::Widgets
