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

} // namespace OpsDeck::Ipc
