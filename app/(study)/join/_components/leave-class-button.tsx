"use client";

import { leaveClassAction } from "@/lib/actions/class-actions";
import { ConfirmActionButton } from "@/components/classroom/confirm-action-button";

export function LeaveClassButton({ classId, name }: { classId: string; name: string }) {
  return (
    <ConfirmActionButton
      label="Leave"
      ariaLabel={`Leave ${name}`}
      question="Your decks and progress stay with you."
      confirmLabel="Leave class"
      variant="ghost"
      action={() => leaveClassAction(classId)}
    />
  );
}
