"""Hand-written Arabic stories for the reuse tests, and the changes real copies make."""

from __future__ import annotations

import random

STORY = (
    "أعلنت وزارة الصحة في المدينة صباح اليوم عن افتتاح مستشفى جديد في الحي الشمالي "
    "يضم مئتي سرير وقسما للطوارئ يعمل على مدار الساعة، وقال المتحدث باسم الوزارة إن "
    "المستشفى سيخدم أكثر من مئة ألف نسمة في القرى المجاورة التي كانت تفتقر إلى الرعاية.\n"
    "وأضاف المتحدث أن تكلفة المشروع بلغت 45 مليون ريال وأن العمل فيه استمر ثلاث سنوات "
    "بمشاركة شركات محلية، مشيرا إلى أن الوزارة ستفتتح مركزين صحيين آخرين قبل نهاية العام "
    "في المحافظات الجنوبية التي تشهد نموا سكانيا سريعا خلال السنوات الأخيرة.\n"
    "ومن جهتهم عبر سكان الحي عن ارتياحهم للخطوة، وقال أحدهم إن أقرب مستشفى كان يبعد "
    "ساعة كاملة بالسيارة، وإن المرضى كانوا يضطرون إلى الانتظار طويلا قبل أن يتلقوا العلاج "
    "في المدينة المزدحمة.")

OTHER = (
    "شهدت الأسواق المالية في المنطقة تراجعا ملحوظا خلال تعاملات الأسبوع الماضي بعد "
    "انخفاض أسعار النفط إلى أدنى مستوياتها منذ عدة أشهر، وقال محللون إن المستثمرين "
    "يترقبون نتائج الشركات الكبرى للربع الثاني قبل اتخاذ قرارات جديدة بشأن محافظهم.\n"
    "وتوقع خبراء اقتصاديون أن تستمر حالة الحذر في الأسواق حتى نهاية الشهر الجاري، في ظل "
    "غياب محفزات قوية تدفع المؤشرات إلى الارتفاع، بينما دعا آخرون إلى التركيز على "
    "القطاعات الدفاعية مثل الأغذية والاتصالات التي تظل أقل تأثرا بتقلبات أسعار الطاقة.")

HARAKAT = "\u064e\u064f\u0650\u0652\u0651\u064b"
SWAPS = {"ا": "أ", "ي": "ى", "ة": "ه"}


def vocalised(text: str, seed: int = 1) -> str:
    rng = random.Random(seed)
    return "".join(c + rng.choice(HARAKAT) if "\u0628" <= c <= "\u064a" and rng.random() < 0.7
                   else c for c in text)


def variations(text: str) -> dict[str, str]:
    """A copy of ``text`` for each kind of change the issue names."""
    paragraphs = text.split("\n")
    return {
        "harakat_added": vocalised(text),
        "tatweel": "".join(c + "ـ" if c in "بتثجحخسشصضطظعغفقكلمنهي" else c for c in text),
        "letters": "".join(SWAPS.get(c, c) for c in text),
        "digits": text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
        "nbsp": text.replace(" ", "\u00a0"),
        "headline": "عاجل: افتتاح مستشفى جديد بتكلفة كبيرة\n" + text,
        "paragraph_dropped": "\n".join(paragraphs[:1] + paragraphs[2:]),
        "paragraph_added": "\n".join([*paragraphs, OTHER.split("\n")[0]]),
        "planted": "\n".join([OTHER.split("\n")[0], paragraphs[len(paragraphs) // 2],
                               OTHER.split("\n")[1]]),
    }
