"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState, useTransition } from "react";
import { archiveClassAction, regenerateCodeAction, removeAssignmentAction, removeStudentAction, renameClassAction } from "@/lib/actions/class-actions";
import { ConfirmActionButton } from "@/components/classroom/confirm-action-button";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";

export function NewCodeButton({ classId }: { classId: string }) {
  return (
    <ConfirmActionButton label="New code" question="The current code and link will stop working." confirmLabel="Make a new code" action={() => regenerateCodeAction(classId)} />
  );
}

export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(renameClassAction.bind(null, classId), null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <TextField label="Class name" name="name" id="rename-class" required maxLength={100} defaultValue={name} errors={errors.name} />
      <FormMessage tone={state?.ok ? "success" : "error"} message={state ? (state.ok ? "Renamed." : state.fieldErrors ? null : state.message) : null} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Rename"}
      </Button>
    </form>
  );
}

export function ArchiveClassButton({ classId, archived }: { classId: string; archived: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  if (archived) {
    return (
      <span className="inline-flex flex-wrap items-center gap-2">
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await archiveClassAction(classId, false);
              setMessage(result.ok ? null : result.message);
              router.refresh();
            })
          }
        >
          Restore class
        </Button>
        <span role="alert" aria-live="polite" className="text-sm text-red-700">
          {message ?? ""}
        </span>
      </span>
    );
  }
  return (
    <ConfirmActionButton
      label="Archive class"
      question="Students can no longer join; results are kept."
      confirmLabel="Archive"
      variant="danger"
      action={() => archiveClassAction(classId, true)}
    />
  );
}

export function RemoveStudentButton({ classId, userId, name }: { classId: string; userId: string; name: string }) {
  return (
    <ConfirmActionButton
      label="Remove"
      ariaLabel={`Remove ${name} from the class`}
      question={`Remove ${name}?`}
      confirmLabel="Remove"
      variant="danger"
      action={() => removeStudentAction(classId, userId)}
    />
  );
}

export function RemoveAssignmentButton({ assignmentId, deckTitle }: { assignmentId: string; deckTitle: string }) {
  return (
    <ConfirmActionButton
      label="Unassign"
      ariaLabel={`Unassign ${deckTitle}`}
      question="Students keep the deck and their progress."
      confirmLabel="Unassign"
      variant="ghost"
      action={() => removeAssignmentAction(assignmentId)}
    />
  );
}
