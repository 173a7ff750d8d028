// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace OpsDeck::Models {
class PrtgImportSession;
}

namespace OpsDeck::Widgets {

class PrtgHistoryPage;
class PrtgImportWizard;

/// Last page of the PrtgImportWizard: runs the import of the plan as
/// reviewed, with progress and cancel, then shows the report. Complete once
/// the run has ended. GUI thread; the session is not owned.
class PrtgRunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrtgRunPage)

public:
    /// @p history supplies the history options when the run starts.
    PrtgRunPage(PrtgImportWizard *wizard, Models::PrtgImportSession *session, PrtgHistoryPage *history);
    ~PrtgRunPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override { return m_done; }

private:
    PrtgImportWizard *m_wizard;
    Models::PrtgImportSession *m_session;
    PrtgHistoryPage *m_history;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QPlainTextEdit *m_report;
    bool m_done = false;
};

} // namespace OpsDeck::Widgets
