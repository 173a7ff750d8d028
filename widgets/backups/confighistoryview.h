// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include "backend/core/result.h"
#include "models/session/backups/confighistorysession.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace OpsDeck::Models {
class SideBySideDiffModel;
}

namespace OpsDeck::Widgets {

/// A tab with the configuration history of one device, as the workspace's
/// service keeps its backups: the versions (number, time, size, lines added
/// and removed against the version before), the unified diff of the
/// selection with added and removed lines in colour (one version: against
/// the one before it; two: between them), the same two versions side by
/// side with changed lines aligned and a jump to the next and previous
/// change, and the configuration of the current version. Export… saves what the visible page shows. Without
/// backups, or when the service cannot be reached, a sentence says so in
/// place of the versions; the list is asked for again when the service
/// connects.
///
/// Holds a non-owning pointer to the session. GUI thread.
class ConfigHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigHistoryView)

public:
    /// The columns of versionsView().
    enum Column { VersionColumn, TimeColumn, SizeColumn, ChangesColumn, ColumnCount };

    ConfigHistoryView(Models::ConfigHistorySession *session, const QString &device, QWidget *parent = nullptr);
    ~ConfigHistoryView() override;

    [[nodiscard]] QString device() const { return m_device; }
    /// Asks for the versions again.
    void reload();
    /// Selects the versions @p from and @p to (equal: one version) and shows their differences.
    void selectVersions(int from, int to);
    /// Saves the visible page (differences or configuration) to @p path;
    /// false with @p error set when it could not be written.
    bool exportTo(const QString &path, QString *error = nullptr) const;

    [[nodiscard]] QTreeWidget *versionsView() const { return m_versions; }
    [[nodiscard]] QPlainTextEdit *diffView() const { return m_diff; }
    [[nodiscard]] QPlainTextEdit *contentView() const { return m_content; }
    [[nodiscard]] QTableView *sideBySideView() const { return m_sideBySide; }
    [[nodiscard]] Models::SideBySideDiffModel *sideBySideModel() const { return m_sideModel; }
    /// Scrolls the side-by-side page to the next (or previous) change.
    void gotoChange(bool forward);
    [[nodiscard]] QTabWidget *pages() const { return m_pages; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    /// The sentence shown instead of the versions, empty while they show.
    [[nodiscard]] QString noticeText() const;

signals:
    /// A list of versions (possibly empty) is shown.
    void versionsShown();
    /// The differences of the selection are shown.
    void diffShown(int from, int to);
    /// The configuration of a version is shown.
    void contentShown(int version);
    /// Versions @p from and @p to are shown side by side.
    void sideBySideShown(int from, int to);

private:
    void handleVersions(const QString &device, const QList<Models::ConfigVersion> &versions);
    void handleDiff(const QString &device, int from, int to, const QString &diff);
    void handleContent(const QString &device, int version, const QString &content);
    void handleFailed(const QString &device, Models::ConfigHistoryRequest request, const Error &error);
    void handleSelectionChanged();
    void showNotice(const QString &text);
    void exportVisible();
    [[nodiscard]] QWidget *buildSideBySidePage();
    void showSideBySide();
    [[nodiscard]] QList<int> selectedVersions() const;

    QPointer<Models::ConfigHistorySession> m_session;
    QString m_device;
    QList<Models::ConfigVersion> m_list;
    QLabel *m_title;
    QLabel *m_notice;
    QSplitter *m_splitter;
    QTreeWidget *m_versions;
    QTabWidget *m_pages;
    QPlainTextEdit *m_diff;
    QPlainTextEdit *m_content;
    Models::SideBySideDiffModel *m_sideModel;
    QTableView *m_sideBySide;
    QLabel *m_sideStats;
    QHash<int, QString> m_texts; ///< configurations loaded, by version
    QPushButton *m_reload;
    QPushButton *m_export;
    int m_wantedFrom = 0; ///< the diff being asked for (0: none)
    int m_wantedTo = 0;
    int m_wantedContent = 0;
};

} // namespace OpsDeck::Widgets
