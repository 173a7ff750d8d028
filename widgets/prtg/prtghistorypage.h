// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QWizardPage>

#include "backend/prtg/prtgimporter.h"

class QCheckBox;
class QDateTimeEdit;

namespace OpsDeck::Models {
class PrtgImportSession;
}

namespace OpsDeck::Widgets {

/// Page of the PrtgImportWizard choosing whether to import sensor history,
/// and over which UTC range (offered only when the session can store it).
/// GUI thread.
class PrtgHistoryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrtgHistoryPage)

public:
    explicit PrtgHistoryPage(Models::PrtgImportSession *session);
    ~PrtgHistoryPage() override;

    /// The import options as chosen (hourly averages).
    [[nodiscard]] Prtg::ApplyOptions options() const;

private:
    QCheckBox *m_history;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
};

} // namespace OpsDeck::Widgets
