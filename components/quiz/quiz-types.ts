// The quiz views are the data layer's own plain shapes; type-only imports keep server code out of the bundle.
export type { QuizAnswerValue, QuizResponse } from "@/lib/quiz/item-shape";
export type { QuizFeedback as QuizFeedbackView, QuizQuestion as QuizQuestionView, QuizResult as QuizResultView } from "@/lib/data/quizzes";
export type { QuizKind as QuizKindName } from "@/lib/srs/quiz-evidence";
