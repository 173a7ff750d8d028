// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/prtg/prtghistorypage.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>

#include "models/session/prtg/prtgimportsession.h"
#include "widgets/prtg/prtgimportwizard.h"

namespace OpsDeck::Widgets {

PrtgHistoryPage::PrtgHistoryPage(Models::PrtgImportSession *session)
    : m_history(new QCheckBox(PrtgImportWizard::tr("Import the history of the translated sensors into "
                                                   "the metrics store (hourly averages)"),
                              this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
{
    setTitle(PrtgImportWizard::tr("Sensor history"));
    m_history->setObjectName(QStringLiteral("prtgHistory"));
    m_history->setEnabled(session->canImportHistory());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_from->setObjectName(QStringLiteral("prtgHistoryFrom"));
    m_from->setTimeSpec(Qt::UTC);
    m_from->setDateTime(now.addDays(-7));
    m_from->setCalendarPopup(true);
    m_to->setObjectName(QStringLiteral("prtgHistoryTo"));
    m_to->setTimeSpec(Qt::UTC);
    m_to->setDateTime(now);
    m_to->setCalendarPopup(true);
    auto *form = new QFormLayout(this);
    form->addRow(QString(), m_history);
    form->addRow(PrtgImportWizard::tr("From (UTC):"), m_from);
    form->addRow(PrtgImportWizard::tr("To (UTC):"), m_to);
    auto sync = [this] {
        m_from->setEnabled(m_history->isChecked());
        m_to->setEnabled(m_history->isChecked());
    };
    connect(m_history, &QCheckBox::toggled, this, sync);
    sync();
}

PrtgHistoryPage::~PrtgHistoryPage() = default;

Prtg::ApplyOptions PrtgHistoryPage::options() const
{
    Prtg::ApplyOptions o;
    o.importHistory = m_history->isChecked();
    o.from = m_from->dateTime().toUTC();
    o.to = m_to->dateTime().toUTC();
    o.avgSeconds = 3600;
    return o;
}

} // namespace OpsDeck::Widgets
