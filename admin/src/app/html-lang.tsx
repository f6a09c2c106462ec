import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** Keeps `<html lang>` in step with the UI language, for screen readers and the browser's font choice. */
export function HtmlLang() {
  const { locale } = useI18n();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}
