<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message numerus="yes">
        <source>%Ln family(ies) got their reports in person. A note for the record (optional, e.g. “parent conference”):</source>
        <translation>
            <numerusform>%Ln family got their reports in person. A note for the record (optional, e.g. “parent conference”):</numerusform><numerusform>%Ln families got their reports in person. A note for the record (optional, e.g. “parent conference”):</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s) overdue</source>
        <translation>
            <numerusform>%Ln working day overdue</numerusform><numerusform>%Ln working days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s) left</source>
        <translation>
            <numerusform>%Ln working day left</numerusform><numerusform>%Ln working days left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln day overdue</numerusform><numerusform>%Ln days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left</source>
        <translation>
            <numerusform>%Ln day left</numerusform><numerusform>%Ln days left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{reached}&lt;/b&gt; of %Ln family(ies) reached</source>
        <translation>
            <numerusform>&lt;b&gt;{reached}&lt;/b&gt; of %Ln family reached</numerusform><numerusform>&lt;b&gt;{reached}&lt;/b&gt; of %Ln families reached</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform><numerusform>%Ln overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln due within {days} days</source>
        <translation>
            <numerusform>%Ln due within {days} days</numerusform><numerusform>%Ln due within {days} days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln due later</source>
        <translation>
            <numerusform>%Ln due later</numerusform><numerusform>%Ln due later</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln due next school year (set its first day in School calendar)</source>
        <translation>
            <numerusform>%Ln due next school year (set its first day in School calendar)</numerusform><numerusform>%Ln due next school year (set its first day in School calendar)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln still waiting: {list}.</source>
        <translation>
            <numerusform>%Ln still waiting: {list}.</numerusform><numerusform>%Ln still waiting: {list}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) on the print list</source>
        <translation>
            <numerusform>%Ln student on the print list</numerusform><numerusform>%Ln students on the print list</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln family(ies) whose e-mail bounced</source>
        <translation>
            <numerusform>%Ln family whose e-mail bounced</numerusform><numerusform>%Ln families whose e-mail bounced</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln message(s).</source>
        <translation>
            <numerusform>Sent %Ln message.</numerusform><numerusform>Sent %Ln messages.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The mail server refused %Ln message(s): see Bounced e-mail on the E-mail page.</source>
        <translation>
            <numerusform>The mail server refused %Ln message: see Bounced e-mail on the E-mail page.</numerusform><numerusform>The mail server refused %Ln messages: see Bounced e-mail on the E-mail page.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln family(ies) got a new report and password: the stored messages could not be read back (without a password store they last only until ssrdesk closes).</source>
        <translation>
            <numerusform>%Ln family got a new report and password: the stored messages could not be read back (without a password store they last only until ssrdesk closes).</numerusform><numerusform>%Ln families got a new report and password: the stored messages could not be read back (without a password store they last only until ssrdesk closes).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln family(ies) whose stored messages were lost could not get new ones, for example {example}.</source>
        <translation>
            <numerusform>%Ln family whose stored messages were lost could not get new ones, for example {example}.</numerusform><numerusform>%Ln families whose stored messages were lost could not get new ones, for example {example}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) still waiting: resume sending from the E-mail page.</source>
        <translation>
            <numerusform>%Ln message still waiting: resume sending from the E-mail page.</numerusform><numerusform>%Ln messages still waiting: resume sending from the E-mail page.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sending stopped between two families. %Ln message(s) not sent yet stay in the outbox: resume sending from the E-mail page when you are ready.</source>
        <translation>
            <numerusform>Sending stopped between two families. %Ln message not sent yet stays in the outbox: resume sending from the E-mail page when you are ready.</numerusform><numerusform>Sending stopped between two families. %Ln messages not sent yet stay in the outbox: resume sending from the E-mail page when you are ready.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform><numerusform>%Ln seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform><numerusform>%Ln hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform><numerusform>%Ln minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) still to send. If sending stops, the rest wait in the outbox until you resume.</source>
        <translation>
            <numerusform>%Ln message still to send. If sending stops, the rest wait in the outbox until you resume.</numerusform><numerusform>%Ln messages still to send. If sending stops, the rest wait in the outbox until you resume.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) are waiting to be sent.</source>
        <translation>
            <numerusform>%Ln message is waiting to be sent.</numerusform><numerusform>%Ln messages are waiting to be sent.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Took %Ln family(ies) out of the outbox.</source>
        <translation>
            <numerusform>Took %Ln family out of the outbox.</numerusform><numerusform>Took %Ln families out of the outbox.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln password message(s) still go out when you resume sending: their reports were already sent.</source>
        <translation>
            <numerusform>%Ln password message still goes out when you resume sending: their reports were already sent.</numerusform><numerusform>%Ln password messages still go out when you resume sending: their reports were already sent.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln student(s) to the print list: print their reports from the Print page.</source>
        <translation>
            <numerusform>Moved %Ln student to the print list: print their reports from the Print page.</numerusform><numerusform>Moved %Ln students to the print list: print their reports from the Print page.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln sent</numerusform><numerusform>%Ln sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform><numerusform>%Ln waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refused</numerusform><numerusform>%Ln refused</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform><numerusform>%Ln cancelled</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln written as .eml file(s)</source>
        <translation>
            <numerusform>%Ln written as .eml file</numerusform><numerusform>%Ln written as .eml files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln family(ies)</source>
        <translation>
            <numerusform>%Ln family</numerusform><numerusform>%Ln families</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform><numerusform>%Ln messages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln student</numerusform><numerusform>%Ln students</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) go to the print list: no usable e-mail address.</source>
        <translation>
            <numerusform>%Ln student goes to the print list: no usable e-mail address.</numerusform><numerusform>%Ln students go to the print list: no usable e-mail address.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) are left out, for the reasons below.</source>
        <translation>
            <numerusform>%Ln student is left out, for the reasons below.</numerusform><numerusform>%Ln students are left out, for the reasons below.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Write %Ln .eml file(s) to {folder}?</source>
        <translation>
            <numerusform>Write %Ln .eml file to {folder}?</numerusform><numerusform>Write %Ln .eml files to {folder}?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es)</source>
        <translation>
            <numerusform>%Ln address</numerusform><numerusform>%Ln addresses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sending takes {duration} at %Ln message(s) a minute, over {days} days at {per_day} a day.</source>
        <translation>
            <numerusform>Sending takes {duration} at %Ln message a minute, over {days} days at {per_day} a day.</numerusform><numerusform>Sending takes {duration} at %Ln messages a minute, over {days} days at {per_day} a day.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sending takes {duration} at %Ln message(s) a minute.</source>
        <translation>
            <numerusform>Sending takes {duration} at %Ln message a minute.</numerusform><numerusform>Sending takes {duration} at %Ln messages a minute.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) already waiting in the outbox go out first.</source>
        <translation>
            <numerusform>%Ln message already waiting in the outbox goes out first.</numerusform><numerusform>%Ln messages already waiting in the outbox go out first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln .eml file(s) to {folder}: send everything in “1 - send first - reports”, then everything in “2 - send second - passwords”. The password messages are readable files: delete the folder once they are sent.</source>
        <translation>
            <numerusform>Wrote %Ln .eml file to {folder}: send everything in “1 - send first - reports”, then everything in “2 - send second - passwords”. The password messages are readable files: delete the folder once they are sent.</numerusform><numerusform>Wrote %Ln .eml files to {folder}: send everything in “1 - send first - reports”, then everything in “2 - send second - passwords”. The password messages are readable files: delete the folder once they are sent.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) were put on the print list.</source>
        <translation>
            <numerusform>%Ln student was put on the print list.</numerusform><numerusform>%Ln students were put on the print list.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln family(ies) could not be built and were left out: {reason}.</source>
        <translation>
            <numerusform>%Ln family could not be built and was left out: {reason}.</numerusform><numerusform>%Ln families could not be built and were left out: {reason}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported</source>
        <translation>
            <numerusform>%Ln imported</numerusform><numerusform>%Ln imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported</source>
        <translation>
            <numerusform>%Ln not imported</numerusform><numerusform>%Ln not imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform><numerusform>%Ln skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform><numerusform>%Ln files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more rejected row(s) are not listed here.</source>
        <translation>
            <numerusform>%Ln more rejected row is not listed here.</numerusform><numerusform>%Ln more rejected rows are not listed here.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln test result(s)</source>
        <translation>
            <numerusform>%Ln test result</numerusform><numerusform>%Ln test results</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln e-mail message(s) waiting to be sent: see the E-mail page</source>
        <translation>
            <numerusform>%Ln e-mail message waiting to be sent: see the E-mail page</numerusform><numerusform>%Ln e-mail messages waiting to be sent: see the E-mail page</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln report</numerusform><numerusform>%Ln reports</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln need attention</source>
        <translation>
            <numerusform>%Ln needs attention</numerusform><numerusform>%Ln need attention</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Undo the print run of {time}? The reports of these %Ln envelope(s) will count as not printed, so they are printed again next time. Do this only if the printed pages were lost; the files in the folder are not deleted.</source>
        <translation>
            <numerusform>Undo the print run of {time}? The reports of these %Ln envelope will count as not printed, so they are printed again next time. Do this only if the printed pages were lost; the files in the folder are not deleted.</numerusform><numerusform>Undo the print run of {time}? The reports of these %Ln envelopes will count as not printed, so they are printed again next time. Do this only if the printed pages were lost; the files in the folder are not deleted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln envelope(s)</source>
        <translation>
            <numerusform>%Ln envelope</numerusform><numerusform>%Ln envelopes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform><numerusform>%Ln pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln print file(s) to &lt;b&gt;{folder}&lt;/b&gt;:</source>
        <translation>
            <numerusform>Wrote %Ln print file to &lt;b&gt;{folder}&lt;/b&gt;:</numerusform><numerusform>Wrote %Ln print files to &lt;b&gt;{folder}&lt;/b&gt;:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln student(s) selected on the Students page</source>
        <translation>
            <numerusform>The %Ln student selected on the Students page</numerusform><numerusform>The %Ln students selected on the Students page</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln student(s) shown by the Students page's search and choices</source>
        <translation>
            <numerusform>The %Ln student shown by the Students page's search and choices</numerusform><numerusform>The %Ln students shown by the Students page's search and choices</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln student(s) on the print list (no e-mail address, or their e-mail bounced)</source>
        <translation>
            <numerusform>The %Ln student on the print list (no e-mail address, or their e-mail bounced)</numerusform><numerusform>The %Ln students on the print list (no e-mail address, or their e-mail bounced)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln student(s) with a report</source>
        <translation>
            <numerusform>All %Ln student with a report</numerusform><numerusform>All %Ln students with a report</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%Ln has/have no report)</source>
        <translation>
            <numerusform>(%Ln has no report)</numerusform><numerusform>(%Ln have no report)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sheet(s)</source>
        <translation>
            <numerusform>%Ln sheet</numerusform><numerusform>%Ln sheets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln batch</numerusform><numerusform>%Ln batches</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) get(s) no envelope, for the reason given. They are also listed in “left out.csv” with the print files.</source>
        <translation>
            <numerusform>%Ln student gets no envelope, for the reason given. They are also listed in “left out.csv” with the print files.</numerusform><numerusform>%Ln students get no envelope, for the reason given. They are also listed in “left out.csv” with the print files.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln PDF file(s) to print: one per batch, split every {sheets} sheets</source>
        <translation>
            <numerusform>%Ln PDF file to print: one per batch, split every {sheets} sheets</numerusform><numerusform>%Ln PDF files to print: one per batch, split every {sheets} sheets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln report(s)</source>
        <translation>
            <numerusform>{shown} of %Ln report</numerusform><numerusform>{shown} of %Ln reports</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) need attention</source>
        <translation>
            <numerusform>%Ln report needs attention</numerusform><numerusform>%Ln reports need attention</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) belong to no report</source>
        <translation>
            <numerusform>%Ln page belongs to no report</numerusform><numerusform>%Ln pages belong to no report</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) have no report</source>
        <translation>
            <numerusform>%Ln student has no report</numerusform><numerusform>%Ln students have no report</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{students} from %Ln file(s)</source>
        <translation>
            <numerusform>{students} from %Ln file</numerusform><numerusform>{students} from %Ln files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln time(s); the latest import is used</source>
        <translation>
            <numerusform>Imported %Ln time; the latest import is used</numerusform><numerusform>Imported %Ln times; the latest import is used</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) should have a report but none was imported: download the rest from TOMS.</source>
        <translation>
            <numerusform>%Ln student should have a report but none was imported: download the rest from TOMS.</numerusform><numerusform>%Ln students should have a report but none was imported: download the rest from TOMS.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) need attention on the Reports page.</source>
        <translation>
            <numerusform>%Ln report needs attention on the Reports page.</numerusform><numerusform>%Ln reports need attention on the Reports page.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) have no e-mail: they will go to print.</source>
        <translation>
            <numerusform>%Ln student has no e-mail: they will go to print.</numerusform><numerusform>%Ln students have no e-mail: they will go to print.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) have no mailing address, in the contacts or on the report: add it in your SIS and import the contacts again, or hand the report out at school.</source>
        <translation>
            <numerusform>%Ln student has no mailing address, in the contacts or on the report: add it in your SIS and import the contacts again, or hand the report out at school.</numerusform><numerusform>%Ln students have no mailing address, in the contacts or on the report: add it in your SIS and import the contacts again, or hand the reports out at school.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) have neither an e-mail nor a mailing address: hand their reports out at school, or add the address in your SIS and import the contacts again.</source>
        <translation>
            <numerusform>%Ln student has neither an e-mail nor a mailing address: hand their report out at school, or add the address in your SIS and import the contacts again.</numerusform><numerusform>%Ln students have neither an e-mail nor a mailing address: hand their reports out at school, or add the address in your SIS and import the contacts again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{choice} (%Ln have no report)</source>
        <translation>
            <numerusform>{choice} (%Ln has no report)</numerusform><numerusform>{choice} (%Ln have no report)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln student(s)</source>
        <translation>
            <numerusform>{shown} of %Ln student</numerusform><numerusform>{shown} of %Ln students</numerusform></translation>
    </message>
</context>
</TS>