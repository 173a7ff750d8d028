// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QSet>
#include <QWizardPage>

class QTreeWidget;

namespace OpsDeck::Widgets {

class PrtgImportWizard;

/// Page of the PrtgImportWizard listing the plan's PRTG groups and devices
/// with check boxes; the devices ticked become the wizard's selection.
/// Complete while at least one device is ticked. GUI thread.
class PrtgSelectPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrtgSelectPage)

public:
    explicit PrtgSelectPage(PrtgImportWizard *wizard);
    ~PrtgSelectPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

private:
    [[nodiscard]] QSet<qint64> checked() const;

    PrtgImportWizard *m_wizard;
    QTreeWidget *m_tree;
};

} // namespace OpsDeck::Widgets
