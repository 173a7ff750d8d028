// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/workspace/credentialsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/session/workspace/servicevault.h"
#include "widgets/workspace/unlockvaultdialog.h"

namespace OpsDeck::Widgets {

CredentialEditor::CredentialEditor(const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(name.isEmpty() ? tr("Add Credential") : tr("Replace %1").arg(name));
    m_name->setObjectName(QStringLiteral("credentialName"));
    m_name->setPlaceholderText(tr("e.g. netbox/token, snmp/core, ssh/backup"));
    m_name->setReadOnly(!name.isEmpty());
    m_kind->setObjectName(QStringLiteral("credentialKind"));
    m_kind->addItem(tr("API token or password"), int(Kind::TokenOrPassword));
    m_kind->addItem(tr("SNMP v1/v2c community"), int(Kind::SnmpCommunity));
    m_kind->addItem(tr("SNMPv3 user"), int(Kind::SnmpV3User));
    m_kind->addItem(tr("SSH user with a password"), int(Kind::SshPassword));
    m_kind->addItem(tr("SSH user with a private key"), int(Kind::SshKey));

    auto *one = new QWidget(m_pages);
    m_value = secretField(one);
    m_value->setObjectName(QStringLiteral("credentialValue"));
    (new QFormLayout(one))->addRow(tr("Value:"), m_value);

    auto *community = new QWidget(m_pages);
    m_community = secretField(community);
    (new QFormLayout(community))->addRow(tr("Community:"), m_community);

    auto *v3 = new QWidget(m_pages);
    m_v3User = new QLineEdit(v3);
    m_authProtocol = new QComboBox(v3);
    m_authProtocol->addItems({QStringLiteral("SHA"), QStringLiteral("SHA-256"), QStringLiteral("SHA-512"),
                              QStringLiteral("SHA-224"), QStringLiteral("SHA-384"), QStringLiteral("MD5")});
    m_authPass = secretField(v3);
    m_privProtocol = new QComboBox(v3);
    m_privProtocol->addItems({QStringLiteral("AES"), QStringLiteral("AES-256"), QStringLiteral("AES-192"),
                              QStringLiteral("DES"), tr("none (authNoPriv)")});
    m_privPass = secretField(v3);
    auto *v3Form = new QFormLayout(v3);
    v3Form->addRow(tr("User:"), m_v3User);
    v3Form->addRow(tr("Authentication:"), m_authProtocol);
    v3Form->addRow(tr("Auth passphrase:"), m_authPass);
    v3Form->addRow(tr("Privacy:"), m_privProtocol);
    v3Form->addRow(tr("Privacy passphrase:"), m_privPass);

    auto *ssh = new QWidget(m_pages);
    m_sshPassword = secretField(ssh);
    (new QFormLayout(ssh))->addRow(tr("Password:"), m_sshPassword);

    auto *key = new QWidget(m_pages);
    m_keyFile = new QLineEdit(key);
    m_keyFile->setPlaceholderText(tr("Private key file to import (OpenSSH format)"));
    auto *browse = new QPushButton(tr("Browse…"), key);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Private Key"));
        if (!file.isEmpty())
            m_keyFile->setText(file);
    });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(browse);
    m_keyPassphrase = secretField(key);
    auto *keyForm = new QFormLayout(key);
    keyForm->addRow(tr("Key file:"), keyRow);
    keyForm->addRow(tr("Key passphrase:"), m_keyPassphrase);

    for (QWidget *page : {one, community, v3, ssh, key})
        m_pages->addWidget(page);
    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QString problem;
        if (entries(&problem).isEmpty()) {
            QMessageBox::warning(this, windowTitle(), problem);
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addWidget(new QLabel(tr("Values are stored encrypted and never shown again."), this));
    layout->addWidget(buttons);
}

QLineEdit *CredentialEditor::secretField(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QString CredentialEditor::name() const
{
    return m_name->text().trimmed();
}

CredentialEditor::Kind CredentialEditor::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void CredentialEditor::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QList<Models::PendingSecret> CredentialEditor::entries(QString *problem) const
{
    const QString base = name();
    const auto secret = [](const QLineEdit *e) { return Vault::Secret::fromString(e->text()); };
    const auto need = [problem](const QLineEdit *e, const QString &what) {
        if (!e->text().isEmpty())
            return true;
        *problem = tr("%1 is empty.").arg(what);
        return false;
    };
    if (base.isEmpty()) {
        *problem = tr("The credential needs a name.");
        return {};
    }
    switch (kind()) {
    case Kind::TokenOrPassword:
        if (!need(m_value, tr("The value")))
            return {};
        return {{base, secret(m_value)}};
    case Kind::SnmpCommunity:
        if (!need(m_community, tr("The community")))
            return {};
        return {{base + QStringLiteral("/community"), secret(m_community)}};
    case Kind::SnmpV3User: {
        if (!need(m_v3User, tr("The user")) || !need(m_authPass, tr("The authentication passphrase")))
            return {};
        QList<Models::PendingSecret> out{
            {base + QStringLiteral("/user"), secret(m_v3User)},
            {base + QStringLiteral("/auth"), secret(m_authPass)},
            {base + QStringLiteral("/authProtocol"), Vault::Secret::fromString(m_authProtocol->currentText())}};
        if (m_privProtocol->currentIndex() < m_privProtocol->count() - 1) {
            if (!need(m_privPass, tr("The privacy passphrase")))
                return {};
            out.append({base + QStringLiteral("/priv"), secret(m_privPass)});
            out.append({base + QStringLiteral("/privProtocol"), Vault::Secret::fromString(m_privProtocol->currentText())});
        }
        return out;
    }
    case Kind::SshPassword:
        if (!need(m_sshPassword, tr("The password")))
            return {};
        return {{base + QStringLiteral("/password"), secret(m_sshPassword)}};
    case Kind::SshKey: {
        QFile file(m_keyFile->text().trimmed());
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = tr("Cannot read the key file %1.").arg(file.fileName());
            return {};
        }
        QByteArray pem = file.readAll();
        if (!pem.contains("PRIVATE KEY")) {
            *problem = tr("%1 is not a private key file.").arg(file.fileName());
            return {};
        }
        QList<Models::PendingSecret> out{{base + QStringLiteral("/key"), Vault::Secret::fromBytes(pem)}};
        pem.fill('\0');
        if (!m_keyPassphrase->text().isEmpty())
            out.append({base + QStringLiteral("/passphrase"), secret(m_keyPassphrase)});
        return out;
    }
    }
    return {};
}

CredentialsDialog::CredentialsDialog(Models::ServiceVault *vault, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_where(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_replace(new QPushButton(tr("&Replace…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_status(new QLabel(this))
    , m_forget(new QPushButton(tr("&Forget Passphrase"), this))
{
    setObjectName(QStringLiteral("credentialsDialog"));
    m_forget->setObjectName(QStringLiteral("credentialsForget"));
    m_forget->setToolTip(tr("Remove the vault's passphrase from the login keychain; the service then asks for it "
                            "when it starts"));
    setWindowTitle(tr("Credentials"));
    m_where->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("credentials"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Used by"), tr("Last changed")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_status->setWordWrap(true);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_replace);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_forget);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, [this] { addOrReplace(-1); });
    connect(m_replace, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            addOrReplace(m_table->currentRow());
    });
    connect(m_delete, &QPushButton::clicked, this, &CredentialsDialog::removeSelected);
    connect(m_vault, &Models::ServiceVault::stateChanged, this, &CredentialsDialog::showState);
    connect(m_vault, &Models::ServiceVault::changed, this, &CredentialsDialog::reload);
    connect(m_vault, &Models::ServiceVault::keychainChanged, this, &CredentialsDialog::showState);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        QPointer<CredentialsDialog> self(this);
        m_vault->forget([self](Status st) {
            if (self && !st)
                self->m_status->setText(st.error().detail);
        });
    });
    resize(720, 420);
    showState();
}

void CredentialsDialog::showState()
{
    using State = Models::ServiceVault::State;
    const bool open = m_vault->state() == State::Unlocked;
    m_where->setText(tr("Credentials are kept encrypted in this workspace's vault (%1) and used by its service, "
                        "which needs no passphrase in its environment or on its command line.")
                         .arg(m_vault->filePath().isEmpty() ? tr("vault.bin") : m_vault->filePath())
                     + QLatin1Char(' ')
                     + keychainSentence(m_vault->keychain(), m_vault->remembered(), m_vault->keychainDetail()));
    m_forget->setVisible(m_vault->remembered());
    for (QPushButton *b : {m_add, m_replace, m_delete})
        b->setEnabled(open);
    if (open)
        reload();
    else
        m_status->setText(m_vault->state() == State::Unknown ? tr("The workspace's service is not reachable yet.")
                                                             : tr("The vault is locked: Workspace › Unlock Vault…"));
}

void CredentialsDialog::reload()
{
    QPointer<CredentialsDialog> self(this);
    m_vault->list([self](Result<QList<Models::VaultEntry>> r) {
        if (!self)
            return;
        if (!r) {
            self->m_status->setText(r.error().detail);
            return;
        }
        self->m_groups = Models::groupCredentials(*r);
        self->m_table->setRowCount(int(self->m_groups.size()));
        int row = 0;
        for (const Models::CredentialGroup &g : std::as_const(self->m_groups)) {
            auto *name = new QTableWidgetItem(g.name);
            name->setToolTip(g.keys.join(u'\n'));
            self->m_table->setItem(row, 0, name);
            self->m_table->setItem(row, 1, new QTableWidgetItem(Models::credentialKindText(g.kind)));
            self->m_table->setItem(row, 2, new QTableWidgetItem(g.usedBy.isEmpty() ? tr("—") : g.usedBy.join(u", ")));
            self->m_table->setItem(row, 3,
                                   new QTableWidgetItem(QLocale().toString(g.modified.toLocalTime(), QLocale::ShortFormat)));
            ++row;
        }
        self->m_status->setText(tr("%n credential(s)", nullptr, int(self->m_groups.size())));
    });
}

void CredentialsDialog::addOrReplace(int row)
{
    const bool replace = row >= 0 && row < m_groups.size();
    CredentialEditor editor(replace ? m_groups.at(row).name : QString(), this);
    if (replace)
        editor.setKind(CredentialEditor::Kind(int(m_groups.at(row).kind)));
    if (editor.exec() != QDialog::Accepted)
        return;
    QString problem;
    const QList<Models::PendingSecret> entries = editor.entries(&problem);
    if (replace) {
        // Values of the old layout that the new one does not write go.
        QStringList stale = m_groups.at(row).keys;
        for (const Models::PendingSecret &e : entries)
            stale.removeAll(e.key);
        for (const QString &key : std::as_const(stale))
            m_vault->remove(key, [](Status) {});
    }
    storeEntries(entries);
}

void CredentialsDialog::storeEntries(const QList<Models::PendingSecret> &entries)
{
    for (const Models::PendingSecret &e : entries) {
        QPointer<CredentialsDialog> self(this);
        m_vault->store(e.key, e.value, [self, key = e.key](Status st) {
            if (self)
                self->m_status->setText(st ? tr("Stored %1.").arg(key) : st.error().detail);
        });
    }
}

void CredentialsDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_groups.size())
        return;
    const Models::CredentialGroup group = m_groups.at(row);
    const QString uses = group.usedBy.isEmpty() ? tr("nothing in the configuration") : group.usedBy.join(u", ");
    if (QMessageBox::question(this, tr("Delete Credential"),
                              tr("Delete %1? It is used by: %2.").arg(group.name, uses)) != QMessageBox::Yes)
        return;
    QPointer<CredentialsDialog> self(this);
    for (const QString &key : group.keys) {
        m_vault->remove(key, [self, name = group.name](Status st) {
            if (self)
                self->m_status->setText(st ? tr("Deleted %1.").arg(name) : st.error().detail);
        });
    }
}

} // namespace OpsDeck::Widgets
