"""The domain's English sentences the GUI translates when it shows them, marked here for
pyside6-lupdate (the GUI-free domain cannot mark them itself): the rhythm's templates
(`domain.rhythm.N_`, context "Rhythm", shown by `workspace.common.rhythm_text`) and the
working-style questions and answers (`domain.profile.WORKING_STYLE_QUESTIONS`, context
"WorkingStyle"). The app never imports it; tests/gui/test_translations.py fails when this list
and the domain differ."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

RHYTHM = (
    QT_TRANSLATE_NOOP("Rhythm", "{name} has been waiting for your answer since {time}."),
    QT_TRANSLATE_NOOP("Rhythm",
        "{name} has been waiting for your answer since {time} (agreed: within {hours} hours)."),
    QT_TRANSLATE_NOOP("Rhythm", "The session “{title}” with {name} starts at {time}."),
    QT_TRANSLATE_NOOP("Rhythm", "Your action item “{title}” was due on {date}."),
    QT_TRANSLATE_NOOP("Rhythm", "Your action item “{title}” is due on {date}."),
    QT_TRANSLATE_NOOP("Rhythm", "The shared goal “{title}” was due on {date}."),
    QT_TRANSLATE_NOOP("Rhythm", "The shared goal “{title}” is due on {date}."),
    QT_TRANSLATE_NOOP("Rhythm", "Your private goal “{title}” was due on {date}."),
    QT_TRANSLATE_NOOP("Rhythm", "Your private goal “{title}” is due on {date}."),
    QT_TRANSLATE_NOOP("Rhythm",
        "The review of your agreement with {name} planned for {date} has not been marked done."),
    QT_TRANSLATE_NOOP("Rhythm", "A review of your agreement with {name} is due on {date}."),
    QT_TRANSLATE_NOOP("Rhythm",
        "Give your feedback on the session “{title}” of {date} with {name}."),
    QT_TRANSLATE_NOOP("Rhythm",
        "You agreed to meet every week; your last session or exchange with {name} was on {date}."),
    QT_TRANSLATE_NOOP("Rhythm",
        "You agreed to meet every two weeks; your last session or exchange with {name} was on "
        "{date}."),
    QT_TRANSLATE_NOOP("Rhythm",
        "You agreed to meet every month; your last session or exchange with {name} was on "
        "{date}."),
    QT_TRANSLATE_NOOP("Rhythm", "Take a minute to say how your mentorship with {name} is going."),
    QT_TRANSLATE_NOOP("Rhythm",
        "{name} has been waiting for your answer since {time}. A short reply now — even just to "
        "say when you can answer in full — keeps the trust between you."),
    QT_TRANSLATE_NOOP("Rhythm", "Reply to {name}"),
    QT_TRANSLATE_NOOP("Rhythm", "This mentorship is archived."),
    QT_TRANSLATE_NOOP("Rhythm", "There is nothing for you to do here right now."),
    QT_TRANSLATE_NOOP("Rhythm", "Nothing to do"),
    QT_TRANSLATE_NOOP("Rhythm",
        "Mentoring starts with you: introduce yourself to {name}, say what you hope to learn, "
        "and ask when would suit them for a first conversation. A few sentences are enough."),
    QT_TRANSLATE_NOOP("Rhythm", "Introduce yourself to {name} and say what you hope to learn."),
    QT_TRANSLATE_NOOP("Rhythm",
        "Hello {name}, thank you for mentoring me. I would like to learn more about {topic}. "
        "Could you tell me how you got into it, and when would suit you for a first "
        "conversation?"),
    QT_TRANSLATE_NOOP("Rhythm",
        "Hello {name}, thank you for mentoring me. I would like to tell you what I hope to learn "
        "and to hear how you like to work. When would suit you for a first conversation?"),
    QT_TRANSLATE_NOOP("Rhythm", "Write your first message to {name}"),
    QT_TRANSLATE_NOOP("Rhythm",
        "{name} may be waiting to hear from you. Send a short welcome: introduce yourself, ask "
        "what they hope to learn, and suggest a time for a first conversation."),
    QT_TRANSLATE_NOOP("Rhythm", "Send {name} a short welcome and ask what they hope to learn."),
    QT_TRANSLATE_NOOP("Rhythm", "Welcome {name}"),
    QT_TRANSLATE_NOOP("Rhythm", "Waiting for {name}"),
    QT_TRANSLATE_NOOP("Rhythm",
        "You wrote to {name}; their answer will show here. If none comes within a few days, send "
        "a short, friendly follow-up."),
    QT_TRANSLATE_NOOP("Rhythm",
        "Write down two or three things you want to achieve with {name}'s help, each with a way "
        "to tell when it is done. They become the goals of your agreement."),
    QT_TRANSLATE_NOOP("Rhythm", "Note the goals you want to agree with {name}."),
    QT_TRANSLATE_NOOP("Rhythm", "Note what you want to learn"),
    QT_TRANSLATE_NOOP("Rhythm",
        "Set clear expectations together: propose how often you will meet, how quickly you "
        "answer each other, the start and end dates and when you will review progress. {name} "
        "can then sign it or suggest changes."),
    QT_TRANSLATE_NOOP("Rhythm",
        "Propose the terms — cadence, response time, dates and reviews — for {name} to sign or "
        "amend."),
    QT_TRANSLATE_NOOP("Rhythm",
        "Agree with {name} how often you will meet, how quickly you answer each other and when "
        "you will review progress. Either of you can fill in the draft and propose it."),
    QT_TRANSLATE_NOOP("Rhythm", "Fill in the draft terms with {name} and propose them."),
    QT_TRANSLATE_NOOP("Rhythm", "Propose your agreement"),
    QT_TRANSLATE_NOOP("Rhythm", "Waiting for {name} to sign"),
    QT_TRANSLATE_NOOP("Rhythm",
        "You signed version {number} of the agreement. It comes into force when {name} signs it "
        "too; they may also propose changes."),
    QT_TRANSLATE_NOOP("Rhythm", "Sign the version you proposed"),
    QT_TRANSLATE_NOOP("Rhythm",
        "You proposed version {number} of the agreement; sign it too, so that it comes into "
        "force once {name} signs."),
    QT_TRANSLATE_NOOP("Rhythm",
        "{name} proposed version {number} of your agreement. Read each term — cadence, response "
        "time, dates and reviews — and sign it if it reflects what you agreed. If something does "
        "not fit, change the draft and propose it again instead."),
    QT_TRANSLATE_NOOP("Rhythm",
        "{name} proposed version {number}: sign it, or change the draft and propose again."),
    QT_TRANSLATE_NOOP("Rhythm", "Review and sign version {number} of your agreement"),
    QT_TRANSLATE_NOOP("Rhythm", "How is this mentorship going?"),
    QT_TRANSLATE_NOOP("Rhythm",
        "Answer two short questions about how your mentorship with {name} is going; it helps you "
        "both keep it useful."),
    QT_TRANSLATE_NOOP("Rhythm",
        "Give {name} specific feedback on “{title}”: one thing that went well and why it "
        "mattered, and one thing to try before you meet again. Then ask an open question, such "
        "as what they will do differently after this session."),
    QT_TRANSLATE_NOOP("Rhythm",
        "Give {name} feedback on “{title}”: one thing that went well, one thing to try."),
    QT_TRANSLATE_NOOP("Rhythm",
        "Note what was most useful in “{title}”, specifically, and one thing to try differently "
        "next time, and share it with {name}. Name the one step you will take before you meet "
        "again."),
    QT_TRANSLATE_NOOP("Rhythm",
        "Note what was most useful in “{title}” and your next step, and share it with {name}."),
    QT_TRANSLATE_NOOP("Rhythm", "Give feedback on “{title}”"),
    QT_TRANSLATE_NOOP("Rhythm",
        "Your goals steer the mentorship, so they are yours to define. Add one or two specific "
        "goals, each with how you will know it is done and a date, then talk them through with "
        "{name}."),
    QT_TRANSLATE_NOOP("Rhythm",
        "Add your goals, each with a measure and a date, and share them with {name}."),
    QT_TRANSLATE_NOOP("Rhythm", "Define your goals"),
    QT_TRANSLATE_NOOP("Rhythm",
        "Goals are the mentee's to set. Ask {name} an open question, such as “What would you "
        "like to be able to do in three months that you cannot do now?”, and help them make each "
        "goal specific and measurable."),
    QT_TRANSLATE_NOOP("Rhythm", "Ask {name} to add their goals; help make them specific."),
    QT_TRANSLATE_NOOP("Rhythm", "Help {name} define their goals"),
    QT_TRANSLATE_NOOP("Rhythm",
        "You agreed to meet every week. Suggest a time around {date} to {name}, say what you "
        "would like to talk about, and add the session so you both see it."),
    QT_TRANSLATE_NOOP("Rhythm",
        "You agreed to meet every two weeks. Suggest a time around {date} to {name}, say what "
        "you would like to talk about, and add the session so you both see it."),
    QT_TRANSLATE_NOOP("Rhythm",
        "You agreed to meet every month. Suggest a time around {date} to {name}, say what you "
        "would like to talk about, and add the session so you both see it."),
    QT_TRANSLATE_NOOP("Rhythm",
        "You agreed to meet every week: schedule a session with {name} around {date}."),
    QT_TRANSLATE_NOOP("Rhythm",
        "You agreed to meet every two weeks: schedule a session with {name} around {date}."),
    QT_TRANSLATE_NOOP("Rhythm",
        "You agreed to meet every month: schedule a session with {name} around {date}."),
    QT_TRANSLATE_NOOP("Rhythm", "Schedule your next session"),
    QT_TRANSLATE_NOOP("Rhythm",
        "Suggest a time to {name}, say what you would like to talk about, and add the session so "
        "you both see it."),
    QT_TRANSLATE_NOOP("Rhythm", "Schedule your next session with {name}."),
    QT_TRANSLATE_NOOP("Rhythm",
        "Before you meet {name}, look at their goals and progress and prepare one open question, "
        "such as what has changed since you last spoke."),
    QT_TRANSLATE_NOOP("Rhythm",
        "Before you meet {name}, update the progress on your goals and note the one question you "
        "most want to talk about."),
    QT_TRANSLATE_NOOP("Rhythm",
        "Update goal progress and note one question before you meet {name}."),
    QT_TRANSLATE_NOOP("Rhythm", "Prepare for “{title}” on {date}"),
    QT_TRANSLATE_NOOP("Rhythm",
        "Your agreement with {name} ends on {date}. Go through each goal together — what you "
        "achieved, what changed — and decide whether to continue with a new version of the "
        "agreement or to close the mentorship."),
    QT_TRANSLATE_NOOP("Rhythm",
        "Your agreement ends on {date}: review progress with {name}, then extend it or close."),
    QT_TRANSLATE_NOOP("Rhythm", "Your agreement ends on {date}"),
    QT_TRANSLATE_NOOP("Rhythm",
        "Go through each goal with {name}: what has been achieved, what has changed, and what "
        "matters next. Then update the goals and, if you both want, the agreement."),
    QT_TRANSLATE_NOOP("Rhythm",
        "Review goal progress with {name}; update the goals and the agreement."),
    QT_TRANSLATE_NOOP("Rhythm", "Review your progress (review date {date})"),
    QT_TRANSLATE_NOOP("Rhythm",
        "Your agreement ended on {date}. Write a short reflection on what you achieved and "
        "learned, thank {name}, mark the mentorship completed, and export your record to keep "
        "it."),
    QT_TRANSLATE_NOOP("Rhythm",
        "Your agreement ended on {date}: reflect, mark the mentorship completed and export your "
        "record."),
    QT_TRANSLATE_NOOP("Rhythm", "Complete your mentorship with {name}"),
    QT_TRANSLATE_NOOP("Rhythm", "Keep a record of your mentorship with {name}"),
    QT_TRANSLATE_NOOP("Rhythm",
        "This mentorship has finished. Write a short reflection on what you learned and export "
        "your record, so that it stays with you."),
    QT_TRANSLATE_NOOP("Rhythm", "Not well"),
    QT_TRANSLATE_NOOP("Rhythm", "Very well"),
    QT_TRANSLATE_NOOP("Rhythm",
        "What is one specific thing that would make the next month more useful?"),
    QT_TRANSLATE_NOOP("Rhythm", "What was most useful, specifically?"),
    QT_TRANSLATE_NOOP("Rhythm", "One thing to try differently next time"),
    QT_TRANSLATE_NOOP("Rhythm", "One step you will take before the next session"),
    QT_TRANSLATE_NOOP("Rhythm", "What went well in this session, specifically?"),
)

WORKING_STYLE = (
    QT_TRANSLATE_NOOP("WorkingStyle", "How do you like a mentoring conversation to run?"),
    QT_TRANSLATE_NOOP("WorkingStyle", "With an agenda agreed beforehand"),
    QT_TRANSLATE_NOOP("WorkingStyle", "A rough plan, open to detours"),
    QT_TRANSLATE_NOOP("WorkingStyle", "Open: wherever it needs to go"),
    QT_TRANSLATE_NOOP("WorkingStyle", "How do you like feedback?"),
    QT_TRANSLATE_NOOP("WorkingStyle", "Direct and to the point"),
    QT_TRANSLATE_NOOP("WorkingStyle", "Frank, with the reasons around it"),
    QT_TRANSLATE_NOOP("WorkingStyle", "Gentle, encouragement first"),
    QT_TRANSLATE_NOOP("WorkingStyle", "How do you learn something new?"),
    QT_TRANSLATE_NOOP("WorkingStyle", "Try it first, questions later"),
    QT_TRANSLATE_NOOP("WorkingStyle", "A bit of both"),
    QT_TRANSLATE_NOOP("WorkingStyle", "Read and think it through first"),
    QT_TRANSLATE_NOOP("WorkingStyle", "Between meetings, how much contact suits you?"),
    QT_TRANSLATE_NOOP("WorkingStyle", "Frequent short check-ins"),
    QT_TRANSLATE_NOOP("WorkingStyle", "Now and then, when there is news"),
    QT_TRANSLATE_NOOP("WorkingStyle", "Mostly at the planned meetings"),
    QT_TRANSLATE_NOOP("WorkingStyle", "What should this mentoring mostly be about?"),
    QT_TRANSLATE_NOOP("WorkingStyle", "The craft: getting better at the work"),
    QT_TRANSLATE_NOOP("WorkingStyle", "Both the work and the bigger picture"),
    QT_TRANSLATE_NOOP("WorkingStyle", "Career steps and the bigger picture"),
)
