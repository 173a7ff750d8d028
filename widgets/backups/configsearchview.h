// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QPointer>
#include <QWidget>

#include "backend/jobs/configsearch.h"
#include "models/session/backups/confighistorysession.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace OpsDeck::Widgets {

/// A tab that searches the latest backed-up configuration of every device
/// (Tools › Search Configurations…): a text or a regular expression, with or
/// without regard to case; the matching lines grouped by device with their
/// line numbers; activating a line opens that device's configuration
/// history. Export… writes the matches as CSV. The service does the search;
/// the tab waits for its answer without blocking. Does not own the session.
/// GUI thread.
class ConfigSearchView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigSearchView)

public:
    explicit ConfigSearchView(Models::ConfigHistorySession *session, QWidget *parent = nullptr);
    ~ConfigSearchView() override;

    /// Searches for @p pattern with the options given.
    void search(const QString &pattern, bool regex, bool caseSensitive);
    /// Writes the matches shown to @p path as CSV; false with @p error set when it could not.
    bool exportTo(const QString &path, QString *error = nullptr) const;

    [[nodiscard]] QTreeWidget *results() const { return m_results; }
    [[nodiscard]] QLineEdit *patternEdit() const { return m_pattern; }
    /// The sentence under the field: what was found, or why nothing was.
    [[nodiscard]] QString summaryText() const;

signals:
    /// The answer (or the failure) of a search is shown.
    void searchShown();
    /// Open the configuration history of @p device.
    void historyRequested(const QString &device);

private:
    void start();
    void handleFinished(const QString &pattern, const Jobs::ConfigSearchResult &result);
    void handleFailed(const QString &device, Models::ConfigHistoryRequest request, const Error &error);
    void exportResults();

    QPointer<Models::ConfigHistorySession> m_session;
    Jobs::ConfigSearchResult m_result;
    QString m_asked; ///< the pattern whose answer is awaited
    QLineEdit *m_pattern;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QPushButton *m_search;
    QPushButton *m_export;
    QLabel *m_summary;
    QTreeWidget *m_results;
};

} // namespace OpsDeck::Widgets
