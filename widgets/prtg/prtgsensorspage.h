// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace OpsDeck::Widgets {

class PrtgImportWizard;

/// Page of the PrtgImportWizard showing how the selected devices' sensors
/// translate: the OpsDeck polling definition each becomes, and the sensors
/// without an equivalent (listed first, with the reason). GUI thread.
class PrtgSensorsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrtgSensorsPage)

public:
    explicit PrtgSensorsPage(PrtgImportWizard *wizard);
    ~PrtgSensorsPage() override;

    void initializePage() override;

private:
    PrtgImportWizard *m_wizard;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace OpsDeck::Widgets
