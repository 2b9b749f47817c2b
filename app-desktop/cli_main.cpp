#include "cli/CliApp.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GridSafe"));
    QCoreApplication::setApplicationName(QStringLiteral("gridsafe-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRIDSAFE_VERSION));
    // Scripts get stable English unless they ask for Chinese.
    gridsafe::installTranslations(qEnvironmentVariable("GRIDSAFE_LANGUAGE", QStringLiteral("en")));
    return gridsafe::CliApp().run(QCoreApplication::arguments());
}
