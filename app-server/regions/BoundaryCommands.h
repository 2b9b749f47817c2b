#pragma once
// region.importBoundaries: the outlines of villages, communities and parks for the grid map
// (网格一张图), from a GeoJSON file, checked whole and stored in one transaction.

namespace gridsafe {

class CommandRegistry;
void registerBoundaryCommands(CommandRegistry &registry);

} // namespace gridsafe
