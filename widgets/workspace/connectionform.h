// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QWidget>

#include "backend/core/result.h"

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace OpsDeck::Models {
class ConnectionTester;
}

namespace OpsDeck::Widgets {

/// What the Ciena MCP and PRTG connection forms share: a form layout, a
/// *Test connection* button ("testConnection") that asks the server with
/// what is typed, and the verdict line under it ("testResult", starting
/// with ✔ or ✖). Typing anything makes the verdict stale. Secret fields are
/// never filled from storage: empty means "keep the stored one", and a test
/// needs the secret typed.
class ConnectionForm : public QWidget
{
    Q_OBJECT

public:
    /// The last test's outcome: true only when it passed for what is typed now.
    [[nodiscard]] bool testPassed() const { return m_passed; }
    [[nodiscard]] QString testText() const;
    [[nodiscard]] virtual bool hasUrl() const = 0;

    /// Runs the test (the button does the same).
    virtual void test() = 0;

signals:
    void changed();
    void tested(bool ok);

protected:
    explicit ConnectionForm(QWidget *parent = nullptr);

    /// Adds the button and the verdict line below the rows added so far.
    void addTestRows();
    /// A text field whose edits make the verdict stale; a password field when @p secret.
    QLineEdit *addField(const QString &label, const QString &objectName, bool secret = false);
    QCheckBox *addVerifyTls(const QString &objectName);
    /// Shows @p text as a problem found before asking the server.
    void refuse(const QString &text);
    /// Disables the button and says whom it asks.
    void asking(const QString &url);
    /// Shows a verdict of the tester.
    void showVerdict(bool ok, const QString &text);

    QFormLayout *m_form;
    Models::ConnectionTester *m_tester;

private:
    void markUntested();

    QPushButton *m_testButton;
    QLabel *m_result;
    bool m_passed = false;
};

} // namespace OpsDeck::Widgets
