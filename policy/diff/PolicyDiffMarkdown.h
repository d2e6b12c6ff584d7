#pragma once

#include "policy/diff/PolicyDiff.h"

#include <string>

namespace sysprune::policy {

/// The diff as GitHub-flavoured Markdown, for a pull-request comment.
std::string renderDiffMarkdown(const PolicyDiff &D, const std::string &OldName,
                               const std::string &NewName);

} // namespace sysprune::policy
