// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace OpsDeck::Models {
class PrtgImportSession;
}

namespace OpsDeck::Widgets {

class PrtgImportWizard;

/// Page of the PrtgImportWizard reviewing the mapping of every selected PRTG
/// device to its NetBox device, unmapped ones first; a device can be mapped
/// by hand to one of the session's NetBox devices. GUI thread; the session
/// is not owned.
class PrtgMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrtgMappingPage)

public:
    PrtgMappingPage(PrtgImportWizard *wizard, Models::PrtgImportSession *session);
    ~PrtgMappingPage() override;

    void initializePage() override;

private:
    void fill();
    void mapSelected();

    PrtgImportWizard *m_wizard;
    Models::PrtgImportSession *m_session;
    QLabel *m_summary;
    QTableWidget *m_table;
    QComboBox *m_devices;
    QPushButton *m_map;
};

} // namespace OpsDeck::Widgets
