// Pictures through Graphviz: runs the `dot` program (Debian graphviz) on DOT text and returns the
// SVG or PNG it makes.
//
// Promises: no shell is involved (the program runs with an argument vector); temporary files live
// in a private directory that is removed afterwards; a missing `dot`, a failing layout or an
// unknown format throws kgq::Error(Io) with Graphviz's own message.
#pragma once

#include <string>

namespace kgq::exportgraph {

// `format` is "svg" or "png". Returns the file's bytes.
std::string renderWithGraphviz(const std::string& dotText, const std::string& format);

}  // namespace kgq::exportgraph
