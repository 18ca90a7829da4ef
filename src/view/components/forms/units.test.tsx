// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { createSimStore } from '../../../store/sim-store.ts';
import { LangProvider } from '../../hooks/lang-context.tsx';
import { SimProvider } from '../../hooks/sim-context.tsx';
import { UiProvider } from '../../hooks/ui-context.tsx';
import { CreateTopicForm } from './TopicForms.tsx';

// retention.ms is typed in milliseconds (Kafka's config), and read back in the reader's units.
function renderForm(lang: 'ko' | 'en') {
  render(<LangProvider initial={lang}><SimProvider store={createSimStore({ seed: 1 })}><UiProvider><CreateTopicForm /></UiProvider></SimProvider></LangProvider>);
  return screen.getByRole('spinbutton', { name: 'retention.ms' });
}

describe('retention.ms in the reader\'s units', () => {
  it('shows the default week, then what is typed, in Korean units', () => {
    const field = renderForm('ko');
    expect(field).toHaveAccessibleDescription('= 7일');
    fireEvent.change(field, { target: { value: '90000' } });
    expect(field).toHaveAccessibleDescription('= 1분 30초');
  });

  it('and in English units', () => {
    const field = renderForm('en');
    fireEvent.change(field, { target: { value: '7200000' } });
    expect(field).toHaveAccessibleDescription('= 2 h');
  });
});
