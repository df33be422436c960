# checklist
