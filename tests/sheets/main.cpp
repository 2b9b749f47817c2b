#include "CatchQtMain.h"

GRIDSAFE_CATCH_QT_MAIN(QCoreApplication)
