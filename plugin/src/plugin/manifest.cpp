// The ClassLoader manifest: how a Poco host finds the Accord plugin in this
// shared library (Poco::ClassLoader<accord::platform::Plugin>).
#include <Poco/ClassLibrary.h>

#include "accord_plugin.h"

POCO_BEGIN_MANIFEST(accord::platform::Plugin)
POCO_EXPORT_CLASS(accord::plugin::AccordPlugin)
POCO_END_MANIFEST
