// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDialog>

#include "models/session/workspace/credentialgroups.h"
#include "models/session/workspace/firstsync.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace OpsDeck::Models {
class ServiceVault;
}

namespace OpsDeck::Widgets {

/// One new credential: what kind, under which vault name, its values. The
/// vault entries it yields follow the layouts the service reads (a token or
/// password alone; SNMP "<name>/community"; SNMPv3 "<name>/user", "/auth",
/// "/priv", "/authProtocol", "/privProtocol"; SSH "<name>/password" or
/// "/key" and "/passphrase").
class CredentialEditor final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { TokenOrPassword, SnmpCommunity, SnmpV3User, SshPassword, SshKey };
    Q_ENUM(Kind)

    explicit CredentialEditor(const QString &name, QWidget *parent = nullptr);

    [[nodiscard]] QString name() const;
    [[nodiscard]] Kind kind() const;
    void setKind(Kind kind);
    /// The vault entries to store; empty with @p problem set when a field is missing.
    [[nodiscard]] QList<Models::PendingSecret> entries(QString *problem) const;

private:
    QLineEdit *secretField(QWidget *parent);

    QLineEdit *m_name;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QLineEdit *m_value;
    QLineEdit *m_community;
    QLineEdit *m_v3User;
    QComboBox *m_authProtocol;
    QLineEdit *m_authPass;
    QComboBox *m_privProtocol;
    QLineEdit *m_privPass;
    QLineEdit *m_sshPassword;
    QLineEdit *m_keyFile;
    QLineEdit *m_keyPassphrase;
};

/// Workspace › Credentials…: the credentials by name and kind (the vault
/// entries of an SNMPv3 user are one row), with what uses each and when it
/// last changed; add, replace and delete (all entries of the credential). Values go to the
/// workspace's service and are never shown again.
class CredentialsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CredentialsDialog(Models::ServiceVault *vault, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    /// Stores @p entries (the Add and Replace buttons end here).
    void storeEntries(const QList<Models::PendingSecret> &entries);

private:
    void reload();
    void addOrReplace(int row);
    void removeSelected();
    void showState();

    Models::ServiceVault *m_vault;
    QList<Models::CredentialGroup> m_groups;
    QLabel *m_where;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_replace;
    QPushButton *m_delete;
    QLabel *m_status;
    QPushButton *m_forget;
};

} // namespace OpsDeck::Widgets
