// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/ipc/ipcframe.h"

#include <QJsonDocument>
#include <QtEndian>

namespace OpsDeck::Ipc {

QByteArray encodeFrame(const QJsonObject &message)
{
    const QByteArray payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
    QByteArray frame(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), frame.data());
    frame.append(payload);
    return frame;
}

std::optional<QByteArray> FrameReader::next()
{
    if (m_tooLarge || m_buffer.size() < 4)
        return std::nullopt;
    m_declared = qFromBigEndian<quint32>(m_buffer.constData());
    if (m_declared > m_max) {
        m_tooLarge = true;
        return std::nullopt;
    }
    if (m_buffer.size() < 4 + m_declared)
        return std::nullopt;
    QByteArray payload = m_buffer.mid(4, m_declared);
    m_buffer.remove(0, 4 + m_declared);
    m_declared = 0;
    return payload;
}

namespace {

struct CodeName
{
    ErrorCode code;
    const char *name;
};

// The error.data.code names of the protocol, one per ErrorCode.
constexpr CodeName kCodeNames[] = {
    {ErrorCode::InvalidInput, "invalid-input"}, {ErrorCode::NotFound, "not-found"},
    {ErrorCode::Io, "io"},                       {ErrorCode::Database, "database"},
    {ErrorCode::SchemaTooNew, "schema-too-new"}, {ErrorCode::Crypto, "crypto"},
    {ErrorCode::WrongPassphrase, "wrong-passphrase"}, {ErrorCode::Locked, "locked"},
    {ErrorCode::Unsupported, "unsupported"},     {ErrorCode::Network, "network"},
    {ErrorCode::Timeout, "timeout"},             {ErrorCode::Cancelled, "cancelled"},
    {ErrorCode::Auth, "auth"},                   {ErrorCode::Conflict, "conflict"},
};

} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const CodeName &c : kCodeNames) {
        if (c.code == code)
            return QString::fromLatin1(c.name);
    }
    return QStringLiteral("error");
}

std::optional<ErrorCode> errorCodeFromName(const QString &name)
{
    for (const CodeName &c : kCodeNames) {
        if (name == QLatin1String(c.name))
            return c.code;
    }
    return std::nullopt;
}

} // namespace OpsDeck::Ipc
