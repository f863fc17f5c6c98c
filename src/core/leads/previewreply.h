#pragma once

#include "previewpage.h"
#include "previewprotocol.h"

#include <QString>

#include <optional>

// leadintake-preview's reply, read and checked (previewprotocol.h). The bytes come from a
// process that parsed a hostile PDF, so every size and count is checked against the
// protocol's limits and against what is left before anything is allocated or copied.
struct PreviewReply
{
    PreviewProtocol::Status status = PreviewProtocol::Status::RenderFailed;
    QString detail; // the renderer's reason, when status is not Ok
    PreviewPage page; // when status is Ok

    // nullopt (and why in *problem) when the bytes break the protocol in any way.
    static std::optional<PreviewReply> parse(const QByteArray& bytes, QString* problem = nullptr);
};
