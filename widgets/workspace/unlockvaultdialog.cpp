// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/workspace/unlockvaultdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OpsDeck::Widgets {

using Keychain = Models::ServiceVault::Keychain;

QString keychainSentence(Keychain keychain, bool remembered, const QString &detail)
{
    switch (keychain) {
    case Keychain::Available:
        if (remembered && !detail.isEmpty())
            return UnlockVaultDialog::tr("The login keychain holds a passphrase for this vault, but %1.").arg(detail);
        return remembered ? UnlockVaultDialog::tr("The login keychain holds the vault's passphrase: the service "
                                                  "unlocks the vault by itself when it starts.")
                          : UnlockVaultDialog::tr("The login keychain can remember the vault's passphrase, so that "
                                                  "the service unlocks the vault by itself.");
    case Keychain::Unavailable:
        return UnlockVaultDialog::tr("No keychain answers on this desktop (%1): the vault's passphrase is asked "
                                     "each time the service starts.")
            .arg(detail);
    case Keychain::Probing:
        return UnlockVaultDialog::tr("The service is asking the login keychain…");
    case Keychain::Unknown:
        break;
    }
    return {};
}

UnlockVaultDialog::UnlockVaultDialog(bool create, Keychain keychain, const QString &keychainDetail, QWidget *parent)
    : QDialog(parent)
    , m_create(create)
    , m_pass(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the passphrase in the login keychain"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(create ? tr("Create Vault") : tr("Unlock Vault"));
    auto *intro = new QLabel(create ? tr("Choose a passphrase for the new vault of this workspace. It encrypts the "
                                         "workspace's credentials; nobody can recover them without it.")
                                    : tr("Passphrase of this workspace's vault:"),
                             this);
    intro->setWordWrap(true);
    m_pass->setObjectName(QStringLiteral("unlockPassphrase"));
    m_pass->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_pass);
    if (create) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("unlockRepeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("R&epeat:"), m_repeat);
        connect(m_repeat, &QLineEdit::textChanged, this, &UnlockVaultDialog::recheck);
    }
    m_remember->setObjectName(QStringLiteral("unlockRemember"));
    const bool offered = keychain == Keychain::Available || keychain == Keychain::Probing;
    m_remember->setEnabled(offered);
    m_remember->setChecked(offered);
    auto *where = new QLabel(keychainSentence(keychain, false, offered ? QString() : keychainDetail), this);
    where->setObjectName(QStringLiteral("unlockKeychain"));
    where->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("unlockProblem"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(create ? tr("Create") : tr("Unlock"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pass, &QLineEdit::textChanged, this, &UnlockVaultDialog::recheck);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_remember);
    layout->addWidget(where);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
    recheck();
}

void UnlockVaultDialog::recheck()
{
    const bool same = !m_repeat || m_repeat->text() == m_pass->text();
    m_problem->setText(m_repeat && !m_repeat->text().isEmpty() && !same ? tr("The two passphrases differ.") : QString());
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_ok->setEnabled(!m_pass->text().isEmpty() && same);
}

Vault::Secret UnlockVaultDialog::passphrase() const
{
    return Vault::Secret::fromString(m_pass->text());
}

bool UnlockVaultDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace OpsDeck::Widgets
