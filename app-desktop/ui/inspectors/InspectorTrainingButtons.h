#pragma once
// 培训考核 on the 网格员 page: buttons that open the training, exam, certificate and yearly
// plan dialogs for the selected inspector or the town shown, enabled by the user's role and
// what is selected (an exam needs an active inspector; revoking needs a valid certificate),
// and the town's training and exam records, which every role may read.

#include <QObject>

class QPushButton;

namespace gridsafe {

class ClientSession;
class InspectorsPage;

class InspectorTrainingButtons : public QObject
{
    Q_OBJECT

public:
    // Adds the buttons to the page (which owns them).
    InspectorTrainingButtons(ClientSession &session, InspectorsPage &page);

private:
    void update();
    void recordTraining();
    void recordExam();
    void issueCertificate();
    void revokeCertificate();
    void editPlan();
    void showRecords();

    ClientSession &m_session;
    InspectorsPage &m_page;
    QPushButton *m_trainingButton;
    QPushButton *m_examButton;
    QPushButton *m_issueButton;
    QPushButton *m_revokeButton;
    QPushButton *m_planButton;
    QPushButton *m_recordsButton;
};

} // namespace gridsafe
