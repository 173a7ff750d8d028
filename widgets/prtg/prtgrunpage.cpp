// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/prtg/prtgrunpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/session/prtg/prtgimportsession.h"
#include "widgets/prtg/prtghistorypage.h"
#include "widgets/prtg/prtgimportwizard.h"

namespace OpsDeck::Widgets {

using Models::PrtgImportSession;

PrtgRunPage::PrtgRunPage(PrtgImportWizard *wizard, PrtgImportSession *session, PrtgHistoryPage *history)
    : m_wizard(wizard)
    , m_session(session)
    , m_history(history)
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(PrtgImportWizard::tr("Cancel import"), this))
    , m_status(new QLabel(this))
    , m_report(new QPlainTextEdit(this))
{
    setTitle(PrtgImportWizard::tr("Import"));
    setFinalPage(true);
    m_progress->setObjectName(QStringLiteral("prtgProgress"));
    m_cancel->setObjectName(QStringLiteral("prtgCancel"));
    m_report->setObjectName(QStringLiteral("prtgReport"));
    m_report->setReadOnly(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_report, 1);
    connect(m_cancel, &QPushButton::clicked, m_session, &PrtgImportSession::cancel);
    connect(m_session, &PrtgImportSession::progress, this, [this](const QString &, int step, int steps) {
        m_progress->setRange(0, qMax(1, steps));
        m_progress->setValue(step);
    });
    connect(m_session, &PrtgImportSession::finished, this, [this](const Result<Prtg::ImportReport> &report) {
        m_cancel->setEnabled(false);
        m_done = true;
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        if (!report) {
            m_status->setText(report.error().code == ErrorCode::Cancelled
                                  ? PrtgImportWizard::tr("The import was cancelled; nothing was recorded.")
                                  : PrtgImportWizard::tr("The import failed: %1").arg(report.error().detail));
        } else {
            m_wizard->setReport(*report);
            m_status->setText(PrtgImportWizard::tr("The import is complete."));
            m_report->setPlainText(PrtgImportWizard::reportText(*report));
        }
        emit completeChanged();
    });
}

PrtgRunPage::~PrtgRunPage() = default;

void PrtgRunPage::initializePage()
{
    m_done = false;
    m_report->clear();
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_status->setText(PrtgImportWizard::tr("Importing…"));
    m_session->apply(m_wizard->plan(), m_wizard->selectedDevices(), m_history->options());
}

} // namespace OpsDeck::Widgets
