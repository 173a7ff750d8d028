// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/backups/confighistoryview.h"

#include <algorithm>

#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/backups/sidebysidediffmodel.h"
#include "widgets/jobs/diffhighlighter.h"

namespace OpsDeck::Widgets {

using Models::ConfigHistoryRequest;
using Models::ConfigHistorySession;
using Models::ConfigVersion;

namespace {

constexpr int kVersionRole = Qt::UserRole;

QPlainTextEdit *makeTextView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

} // namespace

ConfigHistoryView::ConfigHistoryView(ConfigHistorySession *session, const QString &device, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_device(device)
    , m_title(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_versions(new QTreeWidget(m_splitter))
    , m_pages(new QTabWidget(m_splitter))
    , m_diff(makeTextView(m_pages, QStringLiteral("configDiff")))
    , m_content(makeTextView(m_pages, QStringLiteral("configContent")))
    , m_sideModel(new Models::SideBySideDiffModel(this))
    , m_sideBySide(new QTableView(m_pages))
    , m_sideStats(new QLabel(m_pages))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    setObjectName(QStringLiteral("configHistoryView"));
    setAccessibleName(tr("Configuration history"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Configuration history of %1").arg(device));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    m_versions->setObjectName(QStringLiteral("configVersions"));
    m_versions->setColumnCount(ColumnCount);
    m_versions->setHeaderLabels({tr("Version"), tr("Taken"), tr("Size"), tr("Changes")});
    m_versions->setRootIsDecorated(false);
    m_versions->setUniformRowHeights(true);
    m_versions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_versions->setToolTip(tr("Select one version to compare it with the one before, or two to compare them"));
    m_versions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    new DiffHighlighter(m_diff->document());
    m_pages->addTab(m_diff, tr("&Differences"));
    m_pages->addTab(buildSideBySidePage(), tr("Side by &Side"));
    m_pages->addTab(m_content, tr("&Configuration"));
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);

    m_reload->setToolTip(tr("Ask the service for the versions again"));
    m_export->setToolTip(tr("Save the differences or the configuration shown to a file"));
    m_export->setEnabled(false);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_reload);
    header->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_notice, 1);
    layout->addWidget(m_splitter, 1);

    connect(m_reload, &QPushButton::clicked, this, &ConfigHistoryView::reload);
    connect(m_export, &QPushButton::clicked, this, &ConfigHistoryView::exportVisible);
    connect(m_versions, &QTreeWidget::itemSelectionChanged, this, &ConfigHistoryView::handleSelectionChanged);
    if (session) {
        connect(session, &ConfigHistorySession::versionsLoaded, this, &ConfigHistoryView::handleVersions);
        connect(session, &ConfigHistorySession::diffLoaded, this, &ConfigHistoryView::handleDiff);
        connect(session, &ConfigHistorySession::contentLoaded, this, &ConfigHistoryView::handleContent);
        connect(session, &ConfigHistorySession::failed, this, &ConfigHistoryView::handleFailed);
        connect(session, &ConfigHistorySession::connectedChanged, this, [this](bool connected) {
            if (connected)
                reload();
        });
    }
    reload();
}

ConfigHistoryView::~ConfigHistoryView() = default;

QWidget *ConfigHistoryView::buildSideBySidePage()
{
    auto *page = new QWidget(m_pages);
    m_sideBySide->setObjectName(QStringLiteral("configSideBySide"));
    m_sideBySide->setModel(m_sideModel);
    m_sideBySide->setShowGrid(false);
    m_sideBySide->setWordWrap(false);
    m_sideBySide->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sideBySide->verticalHeader()->hide();
    m_sideBySide->verticalHeader()->setDefaultSectionSize(m_sideBySide->fontMetrics().height() + 2);
    m_sideBySide->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_sideBySide->horizontalHeader()->setSectionResizeMode(Models::SideBySideDiffModel::LeftLineColumn,
                                                           QHeaderView::ResizeToContents);
    m_sideBySide->horizontalHeader()->setSectionResizeMode(Models::SideBySideDiffModel::RightLineColumn,
                                                           QHeaderView::ResizeToContents);
    m_sideBySide->horizontalHeader()->setSectionResizeMode(Models::SideBySideDiffModel::LeftTextColumn,
                                                           QHeaderView::Stretch);
    m_sideBySide->horizontalHeader()->setSectionResizeMode(Models::SideBySideDiffModel::RightTextColumn,
                                                           QHeaderView::Stretch);
    auto *previous = new QToolButton(page);
    previous->setText(tr("Previous Change"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    auto *next = new QToolButton(page);
    next->setText(tr("Next Change"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(previous, &QToolButton::clicked, this, [this] { gotoChange(false); });
    connect(next, &QToolButton::clicked, this, [this] { gotoChange(true); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_sideStats, 1);
    bar->addWidget(previous);
    bar->addWidget(next);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_sideBySide, 1);
    return page;
}

void ConfigHistoryView::gotoChange(bool forward)
{
    const QModelIndex current = m_sideBySide->currentIndex();
    const int from = current.isValid() ? current.row() : (forward ? -1 : m_sideModel->rowCount());
    const int row = m_sideModel->nextChange(from, forward);
    if (row < 0)
        return;
    const QModelIndex index = m_sideModel->index(row, Models::SideBySideDiffModel::LeftTextColumn);
    m_sideBySide->setCurrentIndex(index);
    m_sideBySide->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ConfigHistoryView::showSideBySide()
{
    if (m_wantedFrom == 0 || !m_texts.contains(m_wantedFrom) || !m_texts.contains(m_wantedTo))
        return;
    m_sideModel->setTexts(m_texts.value(m_wantedFrom), m_texts.value(m_wantedTo));
    const Core::LineDiff::Stats stats = m_sideModel->stats();
    m_sideStats->setText(stats.deleted == 0 && stats.inserted == 0
                             ? tr("Versions %1 and %2 are the same.").arg(m_wantedFrom).arg(m_wantedTo)
                             : tr("Version %1 against %2: %3, %4.")
                                   .arg(m_wantedTo)
                                   .arg(m_wantedFrom)
                                   .arg(tr("%n line(s) added", nullptr, stats.inserted),
                                        tr("%n line(s) removed", nullptr, stats.deleted)));
    emit sideBySideShown(m_wantedFrom, m_wantedTo);
}

QString ConfigHistoryView::noticeText() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

void ConfigHistoryView::reload()
{
    if (!m_session) {
        showNotice(ConfigHistorySession::errorText(ConfigHistoryRequest::List,
                                                   Error(ErrorCode::Network, QStringLiteral("no session"))));
        return;
    }
    m_session->requestVersions(m_device);
}

void ConfigHistoryView::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->show();
    m_splitter->hide();
    m_export->setEnabled(false);
}

void ConfigHistoryView::handleVersions(const QString &device, const QList<ConfigVersion> &versions)
{
    if (device != m_device)
        return;
    m_list = versions;
    if (versions.isEmpty()) {
        m_versions->clear();
        showNotice(tr("There are no configuration backups of %1 yet. Scheduled backups and backup jobs keep "
                      "its versions here.")
                       .arg(m_device));
        emit versionsShown();
        return;
    }
    const QList<int> kept = selectedVersions();
    const QSignalBlocker blocker(m_versions);
    m_versions->clear();
    const QLocale locale;
    // Latest first: the version one usually wants to look at.
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_versions);
        item->setData(VersionColumn, kVersionRole, it->version);
        item->setText(VersionColumn, QString::number(it->version));
        item->setText(TimeColumn, locale.toString(it->takenAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(SizeColumn, it->size < 0 ? QString() : locale.formattedDataSize(it->size));
        item->setText(ChangesColumn, tr("+%1 \u2212%2").arg(it->added).arg(it->removed));
        item->setToolTip(ChangesColumn, tr("%n line(s) added", nullptr, it->added) + u'\n' +
                                            tr("%n line(s) removed", nullptr, it->removed));
        item->setToolTip(VersionColumn, tr("SHA-256 %1").arg(it->sha256));
        item->setTextAlignment(VersionColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_notice->hide();
    m_splitter->show();
    emit versionsShown();
    if (kept.isEmpty())
        selectVersions(versions.constLast().version, versions.constLast().version);
    else
        selectVersions(kept.constFirst(), kept.constLast());
}

QList<int> ConfigHistoryView::selectedVersions() const
{
    QList<int> out;
    for (const QTreeWidgetItem *item : m_versions->selectedItems())
        out << item->data(VersionColumn, kVersionRole).toInt();
    std::sort(out.begin(), out.end());
    return out;
}

void ConfigHistoryView::selectVersions(int from, int to)
{
    QTreeWidgetItem *current = nullptr;
    {
        const QSignalBlocker blocker(m_versions);
        m_versions->clearSelection();
        for (int i = 0; i < m_versions->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_versions->topLevelItem(i);
            const int version = item->data(VersionColumn, kVersionRole).toInt();
            if (version == from || version == to) {
                item->setSelected(true);
                if (version == to)
                    current = item;
            }
        }
        if (current)
            m_versions->setCurrentItem(current, VersionColumn, QItemSelectionModel::NoUpdate);
    }
    handleSelectionChanged();
}

void ConfigHistoryView::handleSelectionChanged()
{
    const QList<int> selected = selectedVersions();
    m_wantedFrom = m_wantedTo = m_wantedContent = 0;
    m_export->setEnabled(false);
    if (selected.isEmpty() || !m_session) {
        m_diff->clear();
        m_content->clear();
        m_sideModel->clear();
        return;
    }
    const int to = selected.constLast();
    int from = selected.size() > 1 ? selected.constFirst() : 0;
    if (from == 0) {
        // One version: against the one stored before it.
        for (const ConfigVersion &v : std::as_const(m_list)) {
            if (v.version < to)
                from = std::max(from, v.version);
        }
    }
    m_diff->setPlaceholderText(tr("Loading…"));
    m_diff->clear();
    m_content->setPlaceholderText(tr("Loading…"));
    m_content->clear();
    m_wantedContent = to;
    m_session->requestContent(m_device, to);
    if (from == 0) {
        m_diff->setPlaceholderText(
            tr("Version %1 is the first one kept: there is nothing earlier to compare it with.").arg(to));
        m_sideModel->clear();
        m_sideStats->setText(m_diff->placeholderText());
        return;
    }
    m_wantedFrom = from;
    m_wantedTo = to;
    m_session->requestDiff(m_device, from, to);
    m_sideModel->clear();
    m_sideStats->setText(tr("Loading…"));
    if (!m_texts.contains(from))
        m_session->requestContent(m_device, from);
    showSideBySide();
}

void ConfigHistoryView::handleDiff(const QString &device, int from, int to, const QString &diff)
{
    if (device != m_device || from != m_wantedFrom || to != m_wantedTo)
        return;
    if (diff.isEmpty())
        m_diff->setPlaceholderText(tr("Versions %1 and %2 are the same.").arg(from).arg(to));
    m_diff->setPlainText(diff);
    m_export->setEnabled(true);
    emit diffShown(from, to);
}

void ConfigHistoryView::handleContent(const QString &device, int version, const QString &content)
{
    if (device != m_device)
        return;
    m_texts.insert(version, content);
    showSideBySide();
    if (version != m_wantedContent)
        return;
    m_content->setPlainText(content);
    m_export->setEnabled(true);
    emit contentShown(version);
}

void ConfigHistoryView::handleFailed(const QString &device, ConfigHistoryRequest request, const Error &error)
{
    if (device != m_device)
        return;
    const QString text = ConfigHistorySession::errorText(request, error);
    switch (request) {
    case ConfigHistoryRequest::List:
        m_versions->clear();
        m_list.clear();
        showNotice(text);
        break;
    case ConfigHistoryRequest::Diff:
        m_diff->clear();
        m_diff->setPlaceholderText(text);
        break;
    case ConfigHistoryRequest::Content:
        m_content->clear();
        m_content->setPlaceholderText(text);
        m_sideModel->clear();
        m_sideStats->setText(text);
        break;
    case ConfigHistoryRequest::Search:
        break;
    }
}

bool ConfigHistoryView::exportTo(const QString &path, QString *error) const
{
    const QPlainTextEdit *page = m_pages->currentWidget() == m_content ? m_content : m_diff;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(page->toPlainText().toUtf8()) < 0 ||
        !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ConfigHistoryView::exportVisible()
{
    const QList<int> selected = selectedVersions();
    if (selected.isEmpty())
        return;
    const bool content = m_pages->currentWidget() == m_content;
    const QString name = content ? QStringLiteral("%1-v%2.cfg").arg(m_device).arg(selected.constLast())
                                 : QStringLiteral("%1-v%2-v%3.diff").arg(m_device).arg(m_wantedFrom).arg(m_wantedTo);
    const QString filter =
        content ? tr("Configuration (*.cfg *.txt);;All files (*)") : tr("Unified diff (*.diff *.patch);;All files (*)");
    auto *dialog = new QFileDialog(this, tr("Export"), name, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!exportTo(path, &error))
            QMessageBox::warning(this, tr("Export"), error);
    });
    dialog->open();
}

} // namespace OpsDeck::Widgets
