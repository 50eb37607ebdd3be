-- Email runs past their give-up time are now ended by every member on its own timer, not by
-- a db-scheduler recurring task; its row would otherwise be reported as an unknown task.
DELETE FROM scheduled_tasks WHERE task_name = 'email-run-expiry';
