// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QWidget>

#include "backend/vault/secret.h"
#include "backend/workspace/workspaceconfig.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace OpsDeck::Models {
class ConnectionTester;
}

namespace OpsDeck::Widgets {

/// The fields of a NetBox connection (address, API token, TLS) with a
/// *Test connection* button that asks the server with what is typed: its
/// release, and how many sites and devices the token can read. The token
/// field is never filled from storage: empty means "keep the stored one".
class NetboxConnectionForm final : public QWidget
{
    Q_OBJECT

public:
    explicit NetboxConnectionForm(QWidget *parent = nullptr);

    void setConfig(const Workspace::NetboxConfig &config, bool tokenStored);
    /// The configuration as typed; the token reference is kept from
    /// setConfig(), "netbox/token" by default.
    [[nodiscard]] Workspace::NetboxConfig config() const;
    [[nodiscard]] Vault::Secret token() const;
    [[nodiscard]] bool hasUrl() const;
    /// The last test's outcome: true only when it passed for what is typed now.
    [[nodiscard]] bool testPassed() const { return m_passed; }
    [[nodiscard]] QString testText() const;

    /// Runs the test (the button does the same).
    void test();

signals:
    void changed();
    void tested(bool ok);

private:
    void markUntested();

    QLineEdit *m_url;
    QLineEdit *m_token;
    QComboBox *m_tokenVersion;
    QCheckBox *m_verify;
    QLineEdit *m_caFile;
    QLineEdit *m_pins;
    QPushButton *m_testButton;
    QLabel *m_result;
    Models::ConnectionTester *m_tester;
    QString m_tokenRef = QStringLiteral("netbox/token");
    Workspace::NetboxConfig m_base;
    bool m_passed = false;
};

} // namespace OpsDeck::Widgets
