#pragma once

#include "policy/diff/PolicyDiff.h"

#include <string>
#include <vector>

namespace sysprune::policy {

/// The diff for a terminal: a summary line, then each change with where the
/// new policy needs it; empty when there are no changes, as with diff(1).
std::string renderDiffText(const PolicyDiff &D, const std::string &OldName,
                           const std::string &NewName);

// Also used by the Markdown format (PolicyDiffMarkdown).

/// "prctl when argument 0 == 15", "ioctl with any arguments (was: ...)";
/// names and conditions as code spans in Markdown.
std::string changeHeadline(const RuleChange &C, bool Markdown);

/// The lines that say why: the sites (at most a few), the call chain, the
/// baselines, why no argument rule was made, the merged inputs. For
/// evidence from the old policy (\p Current false) only where it was needed
/// first.
std::vector<std::string> evidenceLines(const Evidence &E, bool Current,
                                       bool Markdown);

} // namespace sysprune::policy
