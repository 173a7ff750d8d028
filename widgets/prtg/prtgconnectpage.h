// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace OpsDeck::Models {
class PrtgImportSession;
}

namespace OpsDeck::Widgets {

class PrtgImportWizard;

/// First page of the PrtgImportWizard: the server URL and credentials.
/// "Connect" hands them to the session (which keeps the secrets in the
/// vault and clears them from the fields), reads PRTG and builds the plan;
/// the page is complete once the plan is read. GUI thread; the session is
/// not owned.
class PrtgConnectPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrtgConnectPage)

public:
    PrtgConnectPage(PrtgImportWizard *wizard, Models::PrtgImportSession *session);
    ~PrtgConnectPage() override;

    [[nodiscard]] bool isComplete() const override { return m_ready; }

private:
    void start();

    PrtgImportWizard *m_wizard;
    Models::PrtgImportSession *m_session;
    QLineEdit *m_url;
    QLineEdit *m_username;
    QLineEdit *m_passhash;
    QLineEdit *m_token;
    QCheckBox *m_verify;
    QPushButton *m_connect;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    bool m_ready = false;
};

} // namespace OpsDeck::Widgets
