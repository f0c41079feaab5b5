import { EmailDigest } from './email-digest.entity.js';
import { NotificationPreference } from './notification-preference.entity.js';
import { Notification } from './notification.entity.js';
import { Reminder } from './reminder.entity.js';

export const NOTIFICATIONS_ENTITIES = [Notification, NotificationPreference, EmailDigest, Reminder];
