#pragma once
// 帮助 — the user guide (docs/USER_GUIDE.zh_CN.md, built into the program) in a window of its
// own, so it opens offline and stays beside the work.

#include <QDialog>

namespace gridsafe {

class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);
};

} // namespace gridsafe
