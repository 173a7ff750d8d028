// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDialog>

#include "backend/vault/secret.h"
#include "models/session/workspace/servicevault.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace OpsDeck::Widgets {

/// Asks for the passphrase of the workspace's vault (twice when it creates
/// the vault) and whether the OS keychain should remember it, so that the
/// workspace's service unlocks the vault by itself from then on. The
/// keychain choice is offered only while a keychain answers the service;
/// otherwise the dialog says why the passphrase will be asked again.
class UnlockVaultDialog final : public QDialog
{
    Q_OBJECT

public:
    /// @p create: the workspace has no vault yet.
    UnlockVaultDialog(bool create, Models::ServiceVault::Keychain keychain, const QString &keychainDetail,
                      QWidget *parent = nullptr);

    [[nodiscard]] Vault::Secret passphrase() const;
    [[nodiscard]] bool remember() const;

private:
    void recheck();

    bool m_create;
    QLineEdit *m_pass;
    QLineEdit *m_repeat = nullptr;
    QCheckBox *m_remember;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

/// One sentence saying where the workspace's credentials are kept and what
/// the keychain does for them, for the credentials manager and the wizard.
[[nodiscard]] QString keychainSentence(Models::ServiceVault::Keychain keychain, bool remembered,
                                       const QString &detail);

} // namespace OpsDeck::Widgets
