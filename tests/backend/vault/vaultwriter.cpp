// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// Test helper: opens a vault with the passphrase on standard input and
// stores COUNT entries "PREFIX/<n>", one write each, as a second process
// sharing the vault file would.
#include <cstdio>
#include <iostream>
#include <string>

#include <QCoreApplication>

#include "backend/vault/filevault.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: vaultwriter VAULT PREFIX COUNT < passphrase\n");
        return 2;
    }
    std::string passphrase;
    std::getline(std::cin, passphrase);
    OpsDeck::Vault::FileVault vault(QString::fromLocal8Bit(argv[1]));
    if (auto st = vault.unlock(OpsDeck::Vault::Secret::fromBytes(QByteArray::fromStdString(passphrase))); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
        return 1;
    }
    const QString prefix = QString::fromLocal8Bit(argv[2]);
    const int count = QByteArray(argv[3]).toInt();
    for (int i = 0; i < count; ++i) {
        const QString key = prefix + u'/' + QString::number(i);
        if (auto st = vault.store(key, OpsDeck::Vault::Secret::fromString(key)); !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
            return 1;
        }
    }
    return 0;
}
